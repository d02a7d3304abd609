package nl.lea.core.jaren;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Published figures for years, or tables, that have no questionnaire document: the {@code
 * lea-cijfers/1} document (docs/jaren.md §3). One (verslagjaar, tabel, sleutel) occurs once. For
 * example:
 *
 * <pre>{@code
 * Cijfers c = LeaJson.cijfersNl();   // the one figure lea ships: 2021, no LEA-overleg, 35 of 325
 * c.cijfer(Verslagjaar.of(2021), "1.1-lea-overleg", "GEEN_LEA_OVERLEG");   // Optional[35 of 325]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class Cijfers {

  Cijfers() {}

  /**
   * Obtains the figures of a document.
   *
   * @param cijfers the figures, in document order, not null
   * @return the figures, not null
   * @throws DomainValidationException if the list is null or holds null, or a (verslagjaar, tabel,
   *     sleutel) occurs twice
   */
  public static Cijfers of(List<Cijfer> cijfers) {
    return ImmutableCijfers.construct(Checks.noNulls(cijfers, "cijfers"));
  }

  /**
   * Obtains no figures.
   *
   * @return the empty figures, not null
   */
  public static Cijfers geen() {
    return of(List.of());
  }

  /**
   * Gets the figures.
   *
   * @return the figures, in document order, not null
   */
  public abstract List<Cijfer> cijfers();

  /**
   * Finds the figure of a row in a year.
   *
   * @param verslagjaar the year, not null
   * @param tabel the table id, not null
   * @param sleutel the row key, not null
   * @return the figure, empty if there is none
   */
  public Optional<Cijfer> cijfer(Verslagjaar verslagjaar, String tabel, String sleutel) {
    Checks.notNull(verslagjaar, "verslagjaar");
    Checks.notNull(tabel, "tabel");
    Checks.notNull(sleutel, "sleutel");
    return cijfers().stream()
        .filter(c -> c.verslagjaar().equals(verslagjaar) && c.tabel().equals(tabel) && c.sleutel().equals(sleutel)).findFirst();
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(cijfers().stream().map(Cijfers::rij).toList()));
  }

  private static List<Object> rij(Cijfer c) {
    return List.of(c.verslagjaar(), c.tabel(), c.sleutel());
  }

  /**
   * Lists the violations of the rule over all figures: one (verslagjaar, tabel, sleutel) occurs
   * once; the second is reported at {@code cijfers[i]}.
   *
   * <p>For lea's readers, which report every error of a document at once: a null element is
   * unknown and skipped. Not for applications: it may change without notice.
   *
   * @param rijen per figure its verslagjaar, tabel and sleutel as one value (such as a list), null
   *     where unknown, not null
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(List<?> rijen) {
    return Checks.herhalingen(Checks.notNull(rijen, "rijen"), i -> "cijfers[" + i + "]", i -> "cijfers[" + i + "]",
        "gives a second figure for the verslagjaar, tabel and sleutel of");
  }
}
