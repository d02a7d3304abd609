package nl.lea.core.vve;

import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's ve offer and reach in the verslagjaar: three optional counts and the reasons it
 * gave (docs/domein.md §3.11, report Tabel 1.10).
 *
 * <p>Each count is optional (the gemeente may not have supplied it) and, when present, 0..{@value
 * #MAX_AANTAL}. No relation between the counts is enforced: more reached toddlers than doelgroep
 * toddlers occurs in real data (counted on different dates). The calculators of {@code lea-bereik}
 * compute bereik and kindplaatsen toereikend from it. For example:
 *
 * <pre>{@code
 * Aanbod aanbod = Aanbod.of(812, 900, 640);
 * aanbod.doelgroeppeuters(); // OptionalInt[812]
 * Aanbod.onbekend().isVolledig(); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable(builder = false, copy = true)
@LeaStyle
public abstract class Aanbod {

  /** The largest allowed count. */
  public static final int MAX_AANTAL = 1_000_000;

  Aanbod() {}

  // The copies below delegate to the generated copy methods, which carry every other attribute
  // over and validate again; an attribute added later needs only its own copy (docs/uitbreiden.md).

  /**
   * Obtains an offer with all three counts and no reasons.
   *
   * @param doelgroeppeuters the number of doelgroep toddlers, 0..1,000,000
   * @param kindplaatsen the number of subsidised ve places, 0..1,000,000
   * @param bereikteDoelgroeppeuters the number of doelgroep toddlers using such a place,
   *     0..1,000,000
   * @return the offer, not null
   * @throws DomainValidationException if a count is outside 0..1,000,000
   */
  public static Aanbod of(int doelgroeppeuters, int kindplaatsen, int bereikteDoelgroeppeuters) {
    return of(
        OptionalInt.of(doelgroeppeuters),
        OptionalInt.of(kindplaatsen),
        OptionalInt.of(bereikteDoelgroeppeuters),
        Set.of(),
        Set.of());
  }

  /**
   * Obtains an offer from all its parts.
   *
   * @param doelgroeppeuters the number of doelgroep toddlers, empty if not supplied, not null
   * @param kindplaatsen the number of subsidised ve places, empty if not supplied, not null
   * @param bereikteDoelgroeppeuters the number of doelgroep toddlers using such a place, empty if
   *     not supplied, not null
   * @param redenenOnvolledigBereik the reasons why not every doelgroep toddler is reached, not
   *     null
   * @param redenenOnvoldoendeKindplaatsen the reasons why there are too few places, not null
   * @return the offer, not null
   * @throws DomainValidationException if an argument is null or holds null, or a count is outside
   *     0..1,000,000
   */
  public static Aanbod of(
      OptionalInt doelgroeppeuters,
      OptionalInt kindplaatsen,
      OptionalInt bereikteDoelgroeppeuters,
      Set<RedenOnvolledigBereik> redenenOnvolledigBereik,
      Set<RedenOnvoldoendeKindplaatsen> redenenOnvoldoendeKindplaatsen) {
    return ImmutableAanbod.construct(
        Checks.notNull(doelgroeppeuters, "doelgroeppeuters"),
        Checks.notNull(kindplaatsen, "kindplaatsen"),
        Checks.notNull(bereikteDoelgroeppeuters, "bereikteDoelgroeppeuters"),
        Checks.noNulls(redenenOnvolledigBereik, "redenenOnvolledigBereik"),
        Checks.noNulls(redenenOnvoldoendeKindplaatsen, "redenenOnvoldoendeKindplaatsen"));
  }

  /**
   * Obtains the offer of a gemeente that supplied no counts and no reasons.
   *
   * @return the empty offer, not null
   */
  public static Aanbod onbekend() {
    return of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Set.of(), Set.of());
  }

  /**
   * Returns a copy with another number of doelgroep toddlers.
   *
   * <p>For example, {@code Aanbod.of(812, 900, 640).withDoelgroeppeuters(OptionalInt.of(850))}.
   *
   * @param doelgroeppeuters the number, empty if not supplied, not null
   * @return the copy, validated like {@link #of(OptionalInt, OptionalInt, OptionalInt, Set, Set)}
   * @throws DomainValidationException if the value is null or outside 0..1,000,000
   */
  public Aanbod withDoelgroeppeuters(OptionalInt doelgroeppeuters) {
    return ((ImmutableAanbod) this).copyWithDoelgroeppeuters(Checks.notNull(doelgroeppeuters, "doelgroeppeuters"));
  }

  /**
   * Returns a copy with another number of kindplaatsen.
   *
   * @param kindplaatsen the number, empty if not supplied, not null
   * @return the copy, not null
   * @throws DomainValidationException if the value is null or outside 0..1,000,000
   */
  public Aanbod withKindplaatsen(OptionalInt kindplaatsen) {
    return ((ImmutableAanbod) this).copyWithKindplaatsen(Checks.notNull(kindplaatsen, "kindplaatsen"));
  }

  /**
   * Returns a copy with another number of reached doelgroep toddlers.
   *
   * @param bereikteDoelgroeppeuters the number, empty if not supplied, not null
   * @return the copy, not null
   * @throws DomainValidationException if the value is null or outside 0..1,000,000
   */
  public Aanbod withBereikteDoelgroeppeuters(OptionalInt bereikteDoelgroeppeuters) {
    return ((ImmutableAanbod) this).copyWithBereikteDoelgroeppeuters(Checks.notNull(bereikteDoelgroeppeuters, "bereikteDoelgroeppeuters"));
  }

  /**
   * Returns a copy with other reasons for an incomplete bereik.
   *
   * @param redenen the reasons, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null
   */
  public Aanbod withRedenenOnvolledigBereik(Set<RedenOnvolledigBereik> redenen) {
    return ((ImmutableAanbod) this).copyWithRedenenOnvolledigBereik(Checks.noNulls(redenen, "redenenOnvolledigBereik"));
  }

  /**
   * Returns a copy with other reasons for too few kindplaatsen.
   *
   * @param redenen the reasons, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null
   */
  public Aanbod withRedenenOnvoldoendeKindplaatsen(Set<RedenOnvoldoendeKindplaatsen> redenen) {
    return ((ImmutableAanbod) this).copyWithRedenenOnvoldoendeKindplaatsen(Checks.noNulls(redenen, "redenenOnvoldoendeKindplaatsen"));
  }

  /**
   * Gets the number of toddlers who meet the local doelgroepdefinitie (geïndiceerde peuters).
   *
   * @return the count, empty if not supplied
   */
  public abstract OptionalInt doelgroeppeuters();

  /**
   * Gets the number of places with subsidised ve that doelgroep toddlers can use.
   *
   * @return the count, empty if not supplied
   */
  public abstract OptionalInt kindplaatsen();

  /**
   * Gets the number of doelgroep toddlers who use such a place.
   *
   * @return the count, empty if not supplied
   */
  public abstract OptionalInt bereikteDoelgroeppeuters();

  /**
   * Gets the reasons why not every doelgroep toddler is reached.
   *
   * @return the reasons, possibly empty, not null
   */
  public abstract Set<RedenOnvolledigBereik> redenenOnvolledigBereik();

  /**
   * Gets the reasons why there are fewer places than doelgroep toddlers.
   *
   * @return the reasons, possibly empty, not null
   */
  public abstract Set<RedenOnvoldoendeKindplaatsen> redenenOnvoldoendeKindplaatsen();

  /**
   * Checks if all three counts were supplied (the condition for the cohort of report Figuur 1.4).
   *
   * @return true if every count is present
   */
  public boolean isVolledig() {
    return doelgroeppeuters().isPresent()
        && kindplaatsen().isPresent()
        && bereikteDoelgroeppeuters().isPresent();
  }

  @Value.Check
  void check() {
    bereik(doelgroeppeuters(), "doelgroeppeuters");
    bereik(kindplaatsen(), "kindplaatsen");
    bereik(bereikteDoelgroeppeuters(), "bereikteDoelgroeppeuters");
  }

  private static void bereik(OptionalInt aantal, String veld) {
    if (aantal.isPresent()) {
      Checks.inRange(aantal.getAsInt(), 0, MAX_AANTAL, veld);
    }
  }
}
