package nl.lea.core.vve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * compute bereik and kindplaatsen toereikend from it. A {@code lea-vragenlijst/2} offer adds the
 * subsidy model, the waiting list (at most the doelgroep toddlers, rule 16), the number of ve
 * locations and the {@code anders} texts; an offer from {@code lea-vragenlijst/1} was not asked
 * them and has none. For example:
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

  /** The largest allowed number of ve locations. */
  public static final int MAX_VE_LOCATIES = 10_000;

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
        Checks.noNulls(redenenOnvoldoendeKindplaatsen, "redenenOnvoldoendeKindplaatsen"),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Map.of());
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
   * Gets how the gemeente subsidises ve places ({@code lea-vragenlijst/2}).
   *
   * @return the model, empty if the question was not asked
   */
  public abstract Optional<Subsidiemodel> subsidiemodel();

  /**
   * Gets the number of doelgroep toddlers on a waiting list for a ve place on the peildatum
   * ({@code lea-vragenlijst/2}).
   *
   * @return the count, at most {@link #doelgroeppeuters()}; empty if not supplied or not asked
   */
  public abstract OptionalInt wachtlijst();

  /**
   * Gets the number of locations offering ve ({@code lea-vragenlijst/2}).
   *
   * @return the count, 0..{@value #MAX_VE_LOCATIES}; empty if not supplied or not asked
   */
  public abstract OptionalInt veLocaties();

  /**
   * Gets the {@code anders} texts ({@code lea-vragenlijst/2}): what the reason {@code ANDERS}
   * means.
   *
   * @return the texts by reasons field ({@code redenenOnvolledigBereik}, {@code
   *     redenenOnvoldoendeKindplaatsen}), possibly empty, not null
   */
  public abstract Map<String, String> anders();

  /**
   * Returns a copy with a subsidy model.
   *
   * @param subsidiemodel the model, not null
   * @return the copy, not null
   * @throws DomainValidationException if the model is null
   */
  public Aanbod withSubsidiemodel(Subsidiemodel subsidiemodel) {
    return ((ImmutableAanbod) this).copyWithSubsidiemodel(Checks.notNull(subsidiemodel, "subsidiemodel"));
  }

  /**
   * Returns a copy with another waiting list.
   *
   * @param wachtlijst the count, empty if not supplied, not null
   * @return the copy, not null
   * @throws DomainValidationException if the value is null, outside 0..1,000,000 or above the
   *     doelgroep toddlers
   */
  public Aanbod withWachtlijst(OptionalInt wachtlijst) {
    return ((ImmutableAanbod) this).copyWithWachtlijst(Checks.notNull(wachtlijst, "wachtlijst"));
  }

  /**
   * Returns a copy with another number of ve locations.
   *
   * @param veLocaties the count, empty if not supplied, not null
   * @return the copy, not null
   * @throws DomainValidationException if the value is null or outside 0..10,000
   */
  public Aanbod withVeLocaties(OptionalInt veLocaties) {
    return ((ImmutableAanbod) this).copyWithVeLocaties(Checks.notNull(veLocaties, "veLocaties"));
  }

  /**
   * Returns a copy with other {@code anders} texts.
   *
   * @param anders the texts by reasons field, not null
   * @return the copy, not null
   * @throws DomainValidationException if the map is null or holds null, a key names no reasons
   *     field holding {@code ANDERS}, or a text breaks the text rule
   */
  public Aanbod withAnders(Map<String, String> anders) {
    return ((ImmutableAanbod) this).copyWithAnders(Checks.noNulls(anders, "anders"));
  }

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present.
   *
   * @return true if such an item is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return subsidiemodel().isPresent() || wachtlijst().isPresent() || veLocaties().isPresent() || !anders().isEmpty();
  }

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
    bereik(wachtlijst(), "wachtlijst");
    if (veLocaties().isPresent()) {
      Checks.inRange(veLocaties().getAsInt(), 0, MAX_VE_LOCATIES, "veLocaties");
    }
    DomainValidationException.throwIfAny(violations(doelgroeppeuters(), wachtlijst(), redenenOnvolledigBereik(),
        redenenOnvoldoendeKindplaatsen(), anders()));
  }

  /**
   * Lists the violations of the rules between an offer's fields: the waiting list at most the
   * doelgroep toddlers (rule 16), and the {@code anders} rule (rule 14).
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. Not for applications: it may change without notice.
   *
   * @param doelgroeppeuters the doelgroep toddlers, null if unknown
   * @param wachtlijst the waiting list, null if unknown
   * @param redenenOnvolledigBereik the reasons for an incomplete bereik, null if unknown
   * @param redenenOnvoldoendeKindplaatsen the reasons for too few places, null if unknown
   * @param anders the {@code anders} texts, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(OptionalInt doelgroeppeuters, OptionalInt wachtlijst,
      Set<RedenOnvolledigBereik> redenenOnvolledigBereik, Set<RedenOnvoldoendeKindplaatsen> redenenOnvoldoendeKindplaatsen,
      Map<String, String> anders) {
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    if (doelgroeppeuters != null && wachtlijst != null && doelgroeppeuters.isPresent() && wachtlijst.isPresent()
        && wachtlijst.getAsInt() > doelgroeppeuters.getAsInt()) {
      lijst.add(DomainValidationException.Violation.of("wachtlijst",
          "must not exceed doelgroeppeuters (" + doelgroeppeuters.getAsInt() + ")", wachtlijst.getAsInt()));
    }
    Map<String, Set<?>> redenen = new LinkedHashMap<>();
    redenen.put("redenenOnvolledigBereik", redenenOnvolledigBereik);
    redenen.put("redenenOnvoldoendeKindplaatsen", redenenOnvoldoendeKindplaatsen);
    lijst.addAll(Checks.andersViolations(anders, redenen));
    return List.copyOf(lijst);
  }

  private static void bereik(OptionalInt aantal, String veld) {
    if (aantal.isPresent()) {
      Checks.inRange(aantal.getAsInt(), 0, MAX_AANTAL, veld);
    }
  }
}
