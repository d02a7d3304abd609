package nl.lea.core.vve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's doelgroepdefinitie: which {@link DoelgroepIndicator}s it uses and, optionally, the
 * rule that combines them (docs/domein.md §3.10).
 *
 * <p>The rule ({@code criteria}) is in disjunctive normal form: a list of clauses, each a non-empty
 * set of indicators; a toddler belongs to the doelgroep when all indicators of at least one clause
 * apply. When present, the union of the clauses equals {@code indicatoren}. When absent, any one
 * indicator suffices (one clause per indicator). A definition without indicators is unknown: it
 * has no width class and includes nobody.
 *
 * <p>Two spellings of the same rule are the same definition: criteria are kept normalised (clauses
 * without repeats, in enum order), and criteria of one clause per indicator are the same as no
 * criteria. {@link #toString()} is the {@linkplain #expressie() expression}, and {@link
 * #parse(CharSequence)} reads it back: {@code parse(d.toString()).equals(d)} for every definition.
 *
 * <pre>{@code
 * Doelgroepdefinitie def = Doelgroepdefinitie.metCriteria(List.of(
 *     Set.of(DoelgroepIndicator.THUISTAAL),
 *     Set.of(DoelgroepIndicator.OPLEIDINGSNIVEAU_OUDERS, DoelgroepIndicator.HERKOMST_OUDERS)));
 * def.omvang();                                                 // Optional[SMAL]
 * def.isDoelgroep(Set.of(DoelgroepIndicator.HERKOMST_OUDERS));  // false
 * def.isDoelgroep(Set.of(DoelgroepIndicator.THUISTAAL));        // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Doelgroepdefinitie {

  private static final Doelgroepdefinitie ONBEKEND =
      ImmutableDoelgroepdefinitie.construct(Set.of(), Optional.empty());

  Doelgroepdefinitie() {}

  /**
   * Obtains the unknown definition: no indicators reported, no criteria.
   *
   * @return the unknown definition, not null
   */
  public static Doelgroepdefinitie onbekend() {
    return ONBEKEND;
  }

  /**
   * Obtains a definition by its indicators, without criteria: any one indicator suffices.
   *
   * <p>For example, {@code Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL))}.
   *
   * @param indicatoren the indicators used, possibly empty, not null
   * @return the definition, not null
   * @throws DomainValidationException if the set is null or holds null
   */
  public static Doelgroepdefinitie of(Set<DoelgroepIndicator> indicatoren) {
    return ImmutableDoelgroepdefinitie.construct(
        Checks.noNulls(indicatoren, "indicatoren"), Optional.empty());
  }

  /**
   * Obtains a definition by its indicators and its criteria.
   *
   * @param indicatoren the indicators used, equal to the union of the clauses, not null
   * @param criteria the clauses, at least one, each a non-empty set, not null
   * @return the definition, not null
   * @throws DomainValidationException if an argument is null or holds null, there is no clause, a
   *     clause is empty, or the union of the clauses differs from the indicators
   */
  public static Doelgroepdefinitie of(
      Set<DoelgroepIndicator> indicatoren, List<? extends Set<DoelgroepIndicator>> criteria) {
    Checks.noNulls(indicatoren, "indicatoren");
    List<Set<DoelgroepIndicator>> clausules = kopie(criteria);
    DomainValidationException.throwIfAny(violations(indicatoren, clausules));
    return bouw(indicatoren, clausules);
  }

  /**
   * Obtains a definition from its criteria; the indicators are their union.
   *
   * @param criteria the clauses, at least one, each a non-empty set, not null
   * @return the definition, not null
   * @throws DomainValidationException if the list is null or holds null, there is no clause or a
   *     clause is empty
   */
  public static Doelgroepdefinitie metCriteria(List<? extends Set<DoelgroepIndicator>> criteria) {
    List<Set<DoelgroepIndicator>> clausules = kopie(criteria);
    DomainValidationException.throwIfAny(violations(null, clausules));
    Set<DoelgroepIndicator> indicatoren = EnumSet.noneOf(DoelgroepIndicator.class);
    clausules.forEach(indicatoren::addAll);
    return bouw(indicatoren, clausules);
  }

  /**
   * Builds a definition with its criteria normalised: clauses without repeats in {@link
   * #vergelijk enum order}, and no criteria when they are one clause per indicator.
   */
  private static Doelgroepdefinitie bouw(Set<DoelgroepIndicator> indicatoren, List<Set<DoelgroepIndicator>> clausules) {
    java.util.TreeSet<Set<DoelgroepIndicator>> geordend = new java.util.TreeSet<>(Doelgroepdefinitie::vergelijk);
    geordend.addAll(clausules);
    boolean elkEen = geordend.stream().allMatch(c -> c.size() == 1) && geordend.size() == indicatoren.size();
    Set<DoelgroepIndicator> vereniging = EnumSet.noneOf(DoelgroepIndicator.class);
    geordend.forEach(vereniging::addAll);
    if (elkEen && vereniging.equals(indicatoren)) {
      return ImmutableDoelgroepdefinitie.construct(indicatoren, Optional.empty());
    }
    return ImmutableDoelgroepdefinitie.construct(indicatoren, Optional.of(List.copyOf(geordend)));
  }

  /**
   * Obtains a definition from an expression: clauses joined by {@code |}, the indicators of a
   * clause joined by {@code &}, whitespace ignored; the inverse of {@link #toString()} and {@link
   * #expressie()}. A blank expression is the {@linkplain #onbekend() unknown definition}.
   *
   * <p>For example, {@code Doelgroepdefinitie.parse("THUISTAAL | OPLEIDINGSNIVEAU_OUDERS &
   * HERKOMST_OUDERS")} has two clauses and three indicators.
   *
   * @param expressie the expression, not null
   * @return the definition with those criteria, not null
   * @throws DomainValidationException if the expression has an empty clause or names an unknown
   *     indicator (the message lists the allowed ones)
   */
  public static Doelgroepdefinitie parse(CharSequence expressie) {
    Checks.notNull(expressie, "expressie");
    String tekst = expressie.toString();
    if (tekst.isBlank()) {
      return ONBEKEND;
    }
    List<Set<DoelgroepIndicator>> clausules = new ArrayList<>();
    for (String clausule : tekst.split("\\|", -1)) {
      Set<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
      for (String naam : clausule.split("&", -1)) {
        String n = naam.strip();
        if (n.isEmpty()) {
          throw new DomainValidationException("expressie", "every clause needs indicators joined by &", tekst);
        }
        set.add(indicator(n, tekst));
      }
      clausules.add(set);
    }
    return metCriteria(clausules);
  }

  private static DoelgroepIndicator indicator(String naam, String tekst) {
    for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
      if (i.name().equals(naam)) {
        return i;
      }
    }
    StringBuilder toegestaan = new StringBuilder();
    for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
      toegestaan.append(toegestaan.length() == 0 ? "" : ", ").append(i.name());
    }
    throw new DomainValidationException("expressie", "unknown indicator " + naam + "; allowed: " + toegestaan, tekst);
  }

  /**
   * Gets the rule as a normalised expression: the clauses of {@link #clausules()}, indicators in
   * enum order within a clause, clauses in enum order and without repeats, joined by {@code " | "}
   * and {@code " & "}. For example, {@code "THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS"}
   * becomes {@code "OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | THUISTAAL"}.
   *
   * @return the expression, empty for the unknown definition, not null
   */
  public String expressie() {
    StringBuilder b = new StringBuilder();
    for (Set<DoelgroepIndicator> clausule : clausules()) {
      b.append(b.length() == 0 ? "" : " | ");
      int i = 0;
      for (DoelgroepIndicator indicator : clausule) {
        b.append(i++ == 0 ? "" : " & ").append(indicator.name());
      }
    }
    return b.toString();
  }

  /**
   * Outputs the definition as its normalised {@linkplain #expressie() expression}, which {@link
   * #parse(CharSequence)} reads back.
   *
   * @return the expression, empty for the unknown definition, not null
   */
  @Override
  public String toString() {
    return expressie();
  }

  /** Orders clauses by their indicators in enum order, a shorter clause before its extensions. */
  private static int vergelijk(Set<DoelgroepIndicator> a, Set<DoelgroepIndicator> b) {
    java.util.Iterator<DoelgroepIndicator> x = a.iterator();
    java.util.Iterator<DoelgroepIndicator> y = b.iterator();
    while (x.hasNext() && y.hasNext()) {
      int c = x.next().compareTo(y.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(x.hasNext(), y.hasNext());
  }

  /** Copies the clauses, each into an unmodifiable set in enum order (an empty one stays empty). */
  private static List<Set<DoelgroepIndicator>> kopie(
      List<? extends Set<DoelgroepIndicator>> criteria) {
    Checks.noNulls(criteria, "criteria");
    List<Set<DoelgroepIndicator>> kopie = new ArrayList<>(criteria.size());
    for (int i = 0; i < criteria.size(); i++) {
      Set<DoelgroepIndicator> clausule = EnumSet.noneOf(DoelgroepIndicator.class);
      clausule.addAll(Checks.noNulls(criteria.get(i), "criteria[" + i + "]"));
      kopie.add(Collections.unmodifiableSet(clausule));
    }
    return Collections.unmodifiableList(kopie);
  }

  /**
   * Lists the violations of a definition's rules: criteria, when given, hold at least one clause,
   * no clause is empty, and the union of the clauses equals the indicators.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument or clause
   * is unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param indicatoren the indicators, null if unknown
   * @param criteria the clauses, null if absent or unknown; a clause is null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Set<DoelgroepIndicator> indicatoren,
      List<? extends Set<DoelgroepIndicator>> criteria) {
    if (criteria == null) {
      return List.of();
    }
    if (criteria.isEmpty()) {
      return List.of(DomainValidationException.Violation.of(
          "criteria", "must hold at least one clause (omit it for \"any one indicator\")", criteria));
    }
    List<DomainValidationException.Violation> violations = new ArrayList<>();
    boolean bekend = indicatoren != null;
    Set<DoelgroepIndicator> vereniging = EnumSet.noneOf(DoelgroepIndicator.class);
    for (int i = 0; i < criteria.size(); i++) {
      Set<DoelgroepIndicator> clausule = criteria.get(i);
      if (clausule == null || clausule.stream().anyMatch(java.util.Objects::isNull)) {
        bekend = false;
      } else if (clausule.isEmpty()) {
        violations.add(DomainValidationException.Violation.of("criteria[" + i + "]", "a clause must not be empty", clausule));
        bekend = false;
      } else {
        vereniging.addAll(clausule);
      }
    }
    if (bekend && indicatoren.stream().allMatch(java.util.Objects::nonNull)) {
      Set<DoelgroepIndicator> gebruikt = EnumSet.noneOf(DoelgroepIndicator.class);
      gebruikt.addAll(indicatoren);
      if (!vereniging.equals(gebruikt)) {
        violations.add(DomainValidationException.Violation.ofField(
            "criteria", "the union of the clauses " + vereniging + " must equal indicatoren " + gebruikt, criteria));
      }
    }
    return List.copyOf(violations);
  }

  /**
   * Gets the indicators the definition uses.
   *
   * @return the indicators, empty when the definition is unknown, not null
   */
  public abstract Set<DoelgroepIndicator> indicatoren();

  /**
   * Gets the criteria, normalised: clauses without repeats in enum order.
   *
   * @return the clauses, empty when none were given or they are one clause per indicator
   */
  public abstract Optional<List<Set<DoelgroepIndicator>>> criteria();

  /**
   * Gets the rule that decides membership, in disjunctive normal form: the criteria when given,
   * otherwise one clause per indicator.
   *
   * @return the clauses, empty for the unknown definition, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public List<Set<DoelgroepIndicator>> clausules() {
    if (criteria().isPresent()) {
      return criteria().get();
    }
    List<Set<DoelgroepIndicator>> clausules = new ArrayList<>(indicatoren().size());
    for (DoelgroepIndicator indicator : indicatoren()) {
      clausules.add(Collections.unmodifiableSet(EnumSet.of(indicator)));
    }
    return Collections.unmodifiableList(clausules);
  }

  /**
   * Gets the number of distinct indicators used.
   *
   * @return the number, 0..9
   */
  public int aantalIndicatoren() {
    return indicatoren().size();
  }

  /**
   * Classifies the width of the definition by the report's thresholds.
   *
   * @return the width class, empty when the definition is unknown
   */
  public Optional<Omvang> omvang() {
    return omvang(OmvangIndeling.standaard());
  }

  /**
   * Classifies the width of the definition by custom thresholds.
   *
   * @param indeling the thresholds, not null
   * @return the width class, empty when the definition is unknown
   * @throws DomainValidationException if the thresholds are null
   */
  public Optional<Omvang> omvang(OmvangIndeling indeling) {
    return Checks.notNull(indeling, "indeling").classificeer(aantalIndicatoren());
  }

  /**
   * Checks if a toddler with the given indicators belongs to the doelgroep: all indicators of at
   * least one clause apply.
   *
   * @param kenmerken the indicators that apply to the toddler, not null
   * @return true if some clause is a subset of the indicators
   * @throws DomainValidationException if the set is null or holds null
   */
  public boolean isDoelgroep(Collection<DoelgroepIndicator> kenmerken) {
    Checks.noNulls(kenmerken, "kenmerken");
    for (Set<DoelgroepIndicator> clausule : clausules()) {
      if (kenmerken.containsAll(clausule)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(indicatoren(), criteria().orElse(null)));
  }
}
