package nl.lea.core.peuter;

import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One toddler in a municipal or JGZ register (docs/domein.md §3.13): a pseudonymous id, the gemeente, the
 * age in months, the doelgroep indicators that apply and whether the toddler attends a subsidised
 * ve place.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Peuter p = Peuter.of("p-000001", Gemeentecode.of("GM0014"), 34,
 *     Set.of(DoelgroepIndicator.THUISTAAL), true);
 * p.isVeLeeftijd();                                                  // true
 * p.isDoelgroep(Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL))); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Peuter {

  /** The largest allowed age in months. */
  public static final int MAX_LEEFTIJD_IN_MAANDEN = 96;
  /** The first month of the ve age (2.5 years), inclusive. */
  public static final int VE_LEEFTIJD_VAN = 30;
  /** The end of the ve age (4 years) in months, exclusive. */
  public static final int VE_LEEFTIJD_TOT = 48;

  Peuter() {}

  /**
   * Obtains a toddler record.
   *
   * @param id the pseudonymous id, not blank, not null
   * @param gemeente the gemeente code, not null
   * @param leeftijdInMaanden the age in whole months, 0..96
   * @param indicatoren the doelgroep indicators that apply, possibly empty, not null
   * @param veDeelname whether the toddler attends a subsidised ve place
   * @return the record, not null
   * @throws DomainValidationException if an argument is null or holds null, the id is blank, or
   *     the age is outside 0..96
   */
  public static Peuter of(
      String id,
      Gemeentecode gemeente,
      int leeftijdInMaanden,
      Set<DoelgroepIndicator> indicatoren,
      boolean veDeelname) {
    Checks.notNull(id, "id");
    DomainValidationException.throwIfAny(violations(id));
    return ImmutablePeuter.construct(
        id,
        Checks.notNull(gemeente, "gemeente"),
        Checks.inRange(leeftijdInMaanden, 0, MAX_LEEFTIJD_IN_MAANDEN, "leeftijdInMaanden"),
        Checks.noNulls(indicatoren, "indicatoren"),
        veDeelname);
  }

  /**
   * Lists the violations of a record's rules: the id is not blank.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param id the id, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(String id) {
    return id != null && id.isBlank()
        ? List.of(DomainValidationException.Violation.of("id", "must not be blank", id)) : List.of();
  }

  /**
   * Gets the pseudonymous id.
   *
   * @return the id, not blank, not null
   */
  public abstract String id();

  /**
   * Gets the gemeente code.
   *
   * @return the code, not null
   */
  public abstract Gemeentecode gemeente();

  /**
   * Gets the age in whole months.
   *
   * @return the age, 0..96
   */
  public abstract int leeftijdInMaanden();

  /**
   * Gets the doelgroep indicators that apply to the toddler.
   *
   * @return the indicators, possibly empty, not null
   */
  public abstract Set<DoelgroepIndicator> indicatoren();

  /**
   * Checks if the toddler attends a subsidised ve place.
   *
   * @return true if the toddler takes part in ve
   */
  public abstract boolean veDeelname();

  /**
   * Checks if the toddler has the ve age: 30 ≤ age in months &lt; 48 (2.5 up to 4 years).
   *
   * @return true if the toddler counts for doelgroeppeuters and bereik
   */
  public boolean isVeLeeftijd() {
    return leeftijdInMaanden() >= VE_LEEFTIJD_VAN && leeftijdInMaanden() < VE_LEEFTIJD_TOT;
  }

  /**
   * Checks if the toddler belongs to the doelgroep under a definition, by its indicators alone
   * (the age is checked by {@link #isVeLeeftijd()}).
   *
   * @param definitie the doelgroepdefinitie, not null
   * @return true if all indicators of some clause apply to the toddler
   * @throws DomainValidationException if the definition is null
   */
  public boolean isDoelgroep(Doelgroepdefinitie definitie) {
    return Checks.notNull(definitie, "definitie").isDoelgroep(indicatoren());
  }
}
