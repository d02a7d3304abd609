package nl.lea.bereik;

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
 * ({@link #masker(Set)}). The compiled definition agrees with {@link
 * Doelgroepdefinitie#isDoelgroep} on every mask. For example:
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

  private static final int N = DoelgroepIndicator.values().length;

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
    boolean[] tabel = new boolean[1 << N];
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
   */
  public static int masker(Set<DoelgroepIndicator> indicatoren) {
    int m = 0;
    for (DoelgroepIndicator i : indicatoren) {
      m |= 1 << i.ordinal();
    }
    return m;
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
   * @throws ArrayIndexOutOfBoundsException if the mask is outside 0..511
   */
  public boolean isDoelgroep(int masker) {
    return doelgroep[masker];
  }

  /**
   * Checks if a toddler belongs to the doelgroep (its indicators only, not its age).
   *
   * @param peuter the toddler, not null
   * @return true if some clause of the definition applies
   */
  public boolean isDoelgroep(Peuter peuter) {
    return doelgroep[masker(peuter.indicatoren())];
  }
}
