package nl.lea.core.vragenlijst;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The jaarverantwoording's formalities for one gemeente (docs/jaarverantwoording.md §1, Regeling
 * periodieke verstrekking systematische toezichtinformatie vve en lea, Staatscourant 2023, 12490):
 * when the college van burgemeester en wethouders adopted (<i>vastgesteld</i>) the answers, and
 * when they were sent (<i>ingediend</i>).
 *
 * <p>Both dates lie after the verslagjaar: not before 1 January of the next year, not after 31
 * December of the year after that; {@code ingediend} is not before {@code vastgesteld} (rule 15).
 * The answers are in time ({@link #isTijdig()}) when sent on or before 1 April of the next year.
 * For example:
 *
 * <pre>{@code
 * Verantwoording v = Verantwoording.of(Verslagjaar.of(2023),
 *     Optional.of(LocalDate.of(2024, 3, 12)), Optional.of(LocalDate.of(2024, 3, 20)));
 * v.isTijdig(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class Verantwoording {

  /** The last day, in the year after the verslagjaar, on which the answers are in time. */
  public static final MonthDay UITERLIJK = MonthDay.of(4, 1);

  Verantwoording() {}

  /**
   * Obtains the formalities of a verslagjaar's answers.
   *
   * @param verslagjaar the year the answers are about, not null
   * @param vastgesteld the day the college adopted them, empty if not (yet) adopted, not null
   * @param ingediend the day they were sent, empty if not given, not null
   * @return the formalities, not null
   * @throws DomainValidationException if an argument is null, or a date breaks rule 15
   */
  public static Verantwoording of(Verslagjaar verslagjaar, Optional<LocalDate> vastgesteld, Optional<LocalDate> ingediend) {
    return ImmutableVerantwoording.construct(Checks.notNull(verslagjaar, "verslagjaar"),
        Checks.notNull(vastgesteld, "vastgesteld"), Checks.notNull(ingediend, "ingediend"));
  }

  /**
   * Gets the year the answers are about.
   *
   * @return the verslagjaar, not null
   */
  public abstract Verslagjaar verslagjaar();

  /**
   * Gets the day the college van burgemeester en wethouders adopted the answers.
   *
   * @return the day, empty if not given
   */
  public abstract Optional<LocalDate> vastgesteld();

  /**
   * Gets the day the answers were sent to the Inspectorate.
   *
   * @return the day, empty if not given
   */
  public abstract Optional<LocalDate> ingediend();

  /**
   * Checks if the answers were sent in time: on or before 1 April of the year after the
   * verslagjaar.
   *
   * @return true if sent in time; false if sent later or the day is not given
   */
  public boolean isTijdig() {
    LocalDate uiterlijk = UITERLIJK.atYear(verslagjaar().jaar() + 1);
    return ingediend().map(d -> !d.isAfter(uiterlijk)).orElse(false);
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(verslagjaar(), vastgesteld().orElse(null), ingediend().orElse(null)));
  }

  /**
   * Lists the violations of rule 15: each date from 1 January of the year after the verslagjaar
   * to 31 December of the year after that, {@code ingediend} not before {@code vastgesteld}.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * absent or unknown and skips the rules that need it. Not for applications: it may change
   * without notice.
   *
   * @param verslagjaar the verslagjaar, null if unknown
   * @param vastgesteld the day adopted, null if absent or unknown
   * @param ingediend the day sent, null if absent or unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Verslagjaar verslagjaar, LocalDate vastgesteld,
      LocalDate ingediend) {
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    if (verslagjaar != null) {
      LocalDate van = LocalDate.of(verslagjaar.jaar() + 1, 1, 1);
      LocalDate tot = LocalDate.of(verslagjaar.jaar() + 2, 12, 31);
      for (var datum : new Object[][] {{"vastgesteld", vastgesteld}, {"ingediend", ingediend}}) {
        LocalDate d = (LocalDate) datum[1];
        if (d != null && (d.isBefore(van) || d.isAfter(tot))) {
          lijst.add(DomainValidationException.Violation.of((String) datum[0], "must lie from " + van + " to " + tot, d));
        }
      }
    }
    if (lijst.isEmpty() && vastgesteld != null && ingediend != null && ingediend.isBefore(vastgesteld)) {
      lijst.add(DomainValidationException.Violation.of("ingediend", "must not be before vastgesteld (" + vastgesteld + ")", ingediend));
    }
    return List.copyOf(lijst);
  }
}
