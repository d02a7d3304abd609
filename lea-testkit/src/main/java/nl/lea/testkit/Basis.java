package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Building blocks shared by the generators of this package. */
final class Basis {

  private Basis() {}

  /** True with the given probability in percent. */
  static Gen<Boolean> kans(int procent) {
    return integers().between(0, 99).map(i -> i < procent);
  }

  static int checkProcent(int procent, String knop) {
    if (procent < 0 || procent > 100) {
      throw new DomainValidationException(knop, "must be a percentage 0..100", procent);
    }
    return procent;
  }

  /** Any subset of an enum, as a bit mask, so shrinking removes elements. */
  static <E extends Enum<E>> Gen<Set<E>> deelverzamelingen(Class<E> type, int minMasker) {
    E[] constants = type.getEnumConstants();
    return integers().between(minMasker, (1 << constants.length) - 1).map(masker -> uitMasker(type, masker));
  }

  static <E extends Enum<E>> Set<E> uitMasker(Class<E> type, int masker) {
    E[] constants = type.getEnumConstants();
    Set<E> set = EnumSet.noneOf(type);
    for (int i = 0; i < constants.length; i++) {
      if ((masker & (1 << i)) != 0) {
        set.add(constants[i]);
      }
    }
    return set;
  }

  /** A uniform pick mixed with fixed values that must appear often: boundaries and edge cases. */
  static Gen<Integer> metRanden(int min, int max, int... randen) {
    Gen<Integer> bereik = Generate.range(min, max);
    Gen<Integer> rand = Generate.pick(toList(randen));
    return Generate.frequency(Pair.of(3, bereik), Pair.of(1, rand));
  }

  /**
   * A log-uniform count 0..max: as many values below 10 as from 10 to 99, from 100 to 999 and so
   * on, so a few gemeenten are large and many small.
   */
  static Gen<Integer> scheef(int max) {
    int cijfers = Integer.toString(max).length();
    return integers().between(0, cijfers).zip(integers().between(0, Integer.MAX_VALUE - 1), (d, r) -> {
      if (d == 0) {
        return 0;
      }
      long laag = d == 1 ? 1 : pow10(d - 1);
      long hoog = Math.min(max, pow10(d) - 1);
      if (laag > hoog) {
        return max;
      }
      return (int) (laag + (r % (hoog - laag + 1)));
    });
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static List<Integer> toList(int[] waarden) {
    Integer[] boxed = new Integer[waarden.length];
    for (int i = 0; i < waarden.length; i++) {
      boxed[i] = waarden[i];
    }
    return List.of(boxed);
  }
}
