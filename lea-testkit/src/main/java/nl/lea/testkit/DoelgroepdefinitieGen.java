package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates valid {@link Doelgroepdefinitie} values: every width from 0 to 9 indicators equally
 * often (so the class boundaries 3/4 and 6/7 appear), with and without criteria. Obtain one with
 * {@link LeaGenerators#doelgroepdefinities()}:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.doelgroepdefinities().metCriteria()).check(def -> ...);
 * }</pre>
 *
 * <p>Criteria group the chosen indicators into one or more clauses, so their union is the
 * indicator set. Instances are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DoelgroepdefinitieGen implements Gen<Doelgroepdefinitie> {

  private static final int N = DoelgroepIndicator.values().length;
  /** The masks of 0..9 indicators, grouped by the number of indicators. */
  private static final List<List<Integer>> MASKERS_PER_AANTAL = maskers();

  private final boolean met;
  private final boolean zonder;
  private final Gen<Doelgroepdefinitie> gen;

  DoelgroepdefinitieGen(boolean met, boolean zonder) {
    this.met = met;
    this.zonder = zonder;
    this.gen = bouw();
  }

  /**
   * Generates only definitions with criteria (and at least one indicator).
   *
   * @return a new generator, not null
   */
  public DoelgroepdefinitieGen metCriteria() {
    return new DoelgroepdefinitieGen(true, false);
  }

  /**
   * Generates only definitions without criteria (any one indicator suffices).
   *
   * @return a new generator, not null
   */
  public DoelgroepdefinitieGen zonderCriteria() {
    return new DoelgroepdefinitieGen(false, true);
  }

  private static List<List<Integer>> maskers() {
    List<List<Integer>> perAantal = new ArrayList<>();
    for (int k = 0; k <= N; k++) {
      perAantal.add(new ArrayList<>());
    }
    for (int m = 0; m < (1 << N); m++) {
      perAantal.get(Integer.bitCount(m)).add(m);
    }
    return perAantal;
  }

  /** A set of k indicators, k uniform in min..9. */
  private static Gen<Set<DoelgroepIndicator>> indicatoren(int min) {
    return integers().between(min, N)
        .zip(integers().between(0, Integer.MAX_VALUE - 1), (k, r) -> {
          List<Integer> opties = MASKERS_PER_AANTAL.get(k);
          return Basis.uitMasker(DoelgroepIndicator.class, opties.get(r % opties.size()));
        });
  }

  private Gen<Doelgroepdefinitie> bouw() {
    Gen<Doelgroepdefinitie> zonderGen = indicatoren(0).map(set -> Doelgroepdefinitie.of(set));
    Gen<Doelgroepdefinitie> metGen = indicatoren(1)
        .zip(lists().of(integers().between(0, N - 1)).ofSize(N), (set, groepen) -> {
          List<Set<DoelgroepIndicator>> clausules = new ArrayList<>();
          for (int g = 0; g < N; g++) {
            Set<DoelgroepIndicator> clausule = EnumSet.noneOf(DoelgroepIndicator.class);
            int i = 0;
            for (DoelgroepIndicator indicator : set) {
              if (groepen.get(i++) % set.size() == g) {
                clausule.add(indicator);
              }
            }
            if (!clausule.isEmpty()) {
              clausules.add(clausule);
            }
          }
          return Doelgroepdefinitie.of(set, clausules);
        });
    if (met && !zonder) {
      return metGen;
    }
    if (zonder && !met) {
      return zonderGen;
    }
    return zonderGen.mix(metGen);
  }

  @Override
  public Doelgroepdefinitie generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
