package nl.lea.core.vragenlijst;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The questionnaire document of one verslagjaar: every gemeente's answer, in document order (the
 * {@code lea-vragenlijst/1} format of docs/formaten.md).
 *
 * <p>Gemeente codes are unique within a document. For example:
 *
 * <pre>{@code
 * Vragenlijst vragenlijst = Vragenlijst.of(Verslagjaar.of(2022), List.of(groningen, almere));
 * vragenlijst.ingevuld().count(); // gemeenten that returned the questionnaire
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Vragenlijst {

  Vragenlijst() {}

  /**
   * Obtains a document.
   *
   * @param verslagjaar the year the answers are about, not null
   * @param gemeenten the answers in document order, unique by gemeente code, possibly empty, not
   *     null
   * @return the document, not null
   * @throws DomainValidationException if an argument is null or holds null, or a gemeente code
   *     occurs twice
   */
  public static Vragenlijst of(Verslagjaar verslagjaar, List<GemeenteAntwoord> gemeenten) {
    return ImmutableVragenlijst.construct(
        Checks.notNull(verslagjaar, "verslagjaar"), Checks.noNulls(gemeenten, "gemeenten"));
  }

  /**
   * Gets the verslagjaar.
   *
   * @return the year the answers are about, not null
   */
  public abstract Verslagjaar verslagjaar();

  /**
   * Gets every gemeente's answer in document order.
   *
   * @return the answers, possibly empty, not null
   */
  public abstract List<GemeenteAntwoord> gemeenten();

  /**
   * Gets the answers of the gemeenten that returned the questionnaire, in document order.
   *
   * @return the filled-in answers, not null
   */
  public List<GemeenteAntwoord> ingevuld() {
    return gemeenten().stream().filter(GemeenteAntwoord::isIngevuld).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the answer of a gemeente.
   *
   * @param code the gemeente code, not null
   * @return the answer, empty if the gemeente is not in the document
   * @throws DomainValidationException if the code is null
   */
  public Optional<GemeenteAntwoord> gemeente(Gemeentecode code) {
    Checks.notNull(code, "code");
    return gemeenten().stream().filter(a -> a.gemeente().code().equals(code)).findFirst();
  }

  /** The first verslagjaar whose answers the college adopts (Regeling, Staatscourant 2023, 12490). */
  public static final int EERSTE_JAAR_VASTSTELLING = 2023;

  /**
   * Checks if the document is a jaarverantwoording ({@code lea-vragenlijst/2}): some answer holds
   * an item only that version asks. Then every filled-in answer carries the yearly overleg and a
   * subsidy model, and from verslagjaar {@value #EERSTE_JAAR_VASTSTELLING} the day the college
   * adopted it.
   *
   * @return true if an item of {@code lea-vragenlijst/2} is present
   */
  public boolean isJaarverantwoording() {
    return gemeenten().stream().anyMatch(GemeenteAntwoord::heeftVersie2Gegevens);
  }

  @Value.Check
  void check() {
    List<DomainValidationException.Violation> lijst = new java.util.ArrayList<>(
        violations(gemeenten().stream().map(a -> a.gemeente().code()).toList()));
    boolean versie2 = isJaarverantwoording();
    for (int i = 0; i < gemeenten().size(); i++) {
      GemeenteAntwoord a = gemeenten().get(i);
      String pad = "gemeenten[" + i + "]";
      a.verantwoording().filter(v -> !v.verslagjaar().equals(verslagjaar())).ifPresent(v -> lijst.add(
          DomainValidationException.Violation.of(pad + ".verantwoording.verslagjaar", "must be the document's verslagjaar "
              + verslagjaar(), v.verslagjaar())));
      if (!versie2 || !a.isIngevuld()) {
        continue;
      }
      String reden = "is required: the document holds lea-vragenlijst/2 answers";
      if (a.jaarlijksOverleg().isEmpty()) {
        lijst.add(DomainValidationException.Violation.ofField(pad + ".jaarlijksOverleg", reden, null));
      }
      if (a.vve().orElseThrow().aanbod().subsidiemodel().isEmpty()) {
        lijst.add(DomainValidationException.Violation.ofField(pad + ".vve.aanbod.subsidiemodel", reden, null));
      }
      if (verslagjaar().jaar() >= EERSTE_JAAR_VASTSTELLING && a.verantwoording().flatMap(Verantwoording::vastgesteld).isEmpty()) {
        lijst.add(DomainValidationException.Violation.ofField(pad + ".verantwoording.vastgesteld",
            "is required in lea-vragenlijst/2 from verslagjaar " + EERSTE_JAAR_VASTSTELLING, null));
      }
    }
    DomainValidationException.throwIfAny(lijst);
  }

  /**
   * Lists the violations of a document's rules: every gemeente code appears once (a repeat is
   * reported at each later occurrence, referring to the first).
   *
   * <p>For lea's readers, which report every error of a document at once: a null code is unknown
   * and skipped. The factory checks the same rule. Not for applications: it may change without
   * notice.
   *
   * @param codes the gemeente code of each answer, in document order, null where unknown, not null
   * @return the violations, such as {@code gemeenten[2].gemeente.code: repeats the gemeente code of
   *     gemeenten[0]}, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(List<Gemeentecode> codes) {
    Checks.notNull(codes, "codes");
    return Checks.herhalingen(codes, i -> "gemeenten[" + i + "].gemeente.code", i -> "gemeenten[" + i + "]",
        "repeats the gemeente code of");
  }
}
