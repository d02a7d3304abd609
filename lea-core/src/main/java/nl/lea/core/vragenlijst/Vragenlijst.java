package nl.lea.core.vragenlijst;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @Value.Check
  void check() {
    Set<Gemeentecode> gezien = new HashSet<>();
    for (int i = 0; i < gemeenten().size(); i++) {
      Gemeentecode code = gemeenten().get(i).gemeente().code();
      if (!gezien.add(code)) {
        throw new DomainValidationException(
            "gemeenten[" + i + "].gemeente.code", "must be unique in the document", code);
      }
    }
  }
}
