package nl.lea.bereik;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.apiguardian.api.API;

/**
 * A doelgroepdefinitie compiled for fast evaluation over toddler registers: membership of every
 * possible set of the nine indicators, precomputed once, so that deciding a toddler is one table
 * look-up on its indicator bit mask.
 *
 * <p>A toddler's mask has bit {@code i} set when the indicator with ordinal {@code i} applies
 * ({@link #masker(Set)}, and back with {@link #indicatoren(int)}). The compiled definition agrees
 * with {@link Doelgroepdefinitie#isDoelgroep} on every mask. For example:
 *
 * <pre>{@code
 * Indicatie indicatie = Indicatie.van(Doelgroepdefinitie.parse("THUISTAAL | KIND_IN_AZC"));
 * indicatie.isDoelgroep(Indicatie.masker(Set.of(DoelgroepIndicator.THUISTAAL))); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Indicatie {

  private static final int N = PeuterLayout.STANDAARD.indicatoren;
  /** The number of masks, 0..MASKERS − 1. */
  private static final int MASKERS = PeuterLayout.STANDAARD.sets;

  private final Doelgroepdefinitie definitie;
  /** Membership per mask, 0..511. */
  private final boolean[] doelgroep;
  /** The masks of the minimal clauses: distinct, none including another. */
  private final int[] minimaal;

  private Indicatie(Doelgroepdefinitie definitie, boolean[] doelgroep, int[] minimaal) {
    this.definitie = definitie;
    this.doelgroep = doelgroep;
    this.minimaal = minimaal;
  }

  /**
   * Compiles a definition.
   *
   * @param definitie the doelgroepdefinitie, not null
   * @return the compiled definition, not null
   */
  public static Indicatie van(Doelgroepdefinitie definitie) {
    DomainValidationException.requireNonNull(definitie, "definitie");
    int[] clausules = definitie.clausules().stream().mapToInt(Indicatie::masker).toArray();
    boolean[] tabel = new boolean[MASKERS];
    for (int m = 0; m < tabel.length; m++) {
      for (int c : clausules) {
        if ((m & c) == c) {
          tabel[m] = true;
          break;
        }
      }
    }
    // A clause that includes another changes nothing: keep the minimal ones.
    int[] minimaal = IntStream.of(clausules).distinct()
        .filter(c -> IntStream.of(clausules).noneMatch(o -> o != c && (o & c) == o))
        .toArray();
    return new Indicatie(definitie, tabel, minimaal);
  }

  /** The masks of the definition's minimal clauses (a copy is not needed: callers only read). */
  int[] minimaleClausules() {
    return minimaal;
  }

  /**
   * Converts a set of indicators to its bit mask.
   *
   * @param indicatoren the indicators, not null
   * @return the mask, bit {@code ordinal} set per indicator, 0..511
   * @throws DomainValidationException if the set is null or holds null
   */
  public static int masker(Set<DoelgroepIndicator> indicatoren) {
    int m = 0;
    for (DoelgroepIndicator i : DomainValidationException.requireNoNulls(indicatoren, "indicatoren")) {
      m |= 1 << i.ordinal();
    }
    return m;
  }

  /**
   * Converts a bit mask to its set of indicators; the inverse of {@link #masker(Set)}.
   *
   * <p>For example, {@code Indicatie.indicatoren(Indicatie.masker(Set.of(THUISTAAL)))} is {@code
   * [THUISTAAL]}.
   *
   * @param masker the mask, 0..511
   * @return the indicators whose bit is set, in enum order, not null
   * @throws DomainValidationException if the mask is outside 0..511
   */
  public static Set<DoelgroepIndicator> indicatoren(int masker) {
    checkMasker(masker);
    Set<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
    for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
      if ((masker & (1 << i.ordinal())) != 0) {
        set.add(i);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  private static void checkMasker(int masker) {
    if (masker < 0 || masker >= MASKERS) {
      throw new DomainValidationException("masker", "must be between 0 and " + (MASKERS - 1), masker);
    }
  }

  /**
   * Lists every definition of one clause of at most {@code k} indicators: the candidates a
   * gemeente or the national debate ranks ({@code ./lea indicatie --breedte K}), by mask.
   *
   * <p>For example, {@code Indicatie.enkeleClausules(3)} holds 9 + 36 + 84 = 129 definitions.
   *
   * @param k the most indicators in the clause, 1..9
   * @return the definitions, in the order of their masks, not null
   * @throws DomainValidationException if {@code k} is outside 1..9
   */
  public static List<Doelgroepdefinitie> enkeleClausules(int k) {
    if (k < 1 || k > N) {
      throw new DomainValidationException("k", "must be between 1 and " + N, k);
    }
    List<Doelgroepdefinitie> alle = new ArrayList<>();
    for (int masker = 1; masker < MASKERS; masker++) {
      if (Integer.bitCount(masker) <= k) {
        alle.add(Doelgroepdefinitie.metCriteria(List.of(indicatoren(masker))));
      }
    }
    return Collections.unmodifiableList(alle);
  }

  /**
   * Gets the definition this was compiled from.
   *
   * @return the definition, not null
   */
  public Doelgroepdefinitie definitie() {
    return definitie;
  }

  /**
   * Checks if a toddler with the given indicator mask belongs to the doelgroep.
   *
   * @param masker the indicator mask, 0..511
   * @return true if some clause of the definition is contained in the mask
   * @throws DomainValidationException if the mask is outside 0..511
   */
  public boolean isDoelgroep(int masker) {
    checkMasker(masker);
    return doelgroep[masker];
  }

  /**
   * Checks if a toddler belongs to the doelgroep (its indicators only, not its age).
   *
   * @param peuter the toddler, not null
   * @return true if some clause of the definition applies
   * @throws DomainValidationException if the toddler is null
   */
  public boolean isDoelgroep(Peuter peuter) {
    return doelgroep[masker(DomainValidationException.requireNonNull(peuter, "peuter").indicatoren())];
  }
}
