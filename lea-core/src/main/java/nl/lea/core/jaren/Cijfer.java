package nl.lea.core.jaren;

import java.util.ArrayList;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One published figure: a count row of a report table for a verslagjaar without a questionnaire
 * document, with its source (docs/jaren.md §3). For example, the share of gemeenten without
 * LEA-overleg in 2021, which the Inspectorate published:
 *
 * <pre>{@code
 * Cijfer c = Cijfer.of(Verslagjaar.of(2021), "1.1-lea-overleg", "GEEN_LEA_OVERLEG", 35, 325,
 *     "Inspectie van het Onderwijs. (2022). Technisch rapport Jaarrapportage vve/LEA 2021.");
 * }</pre>
 *
 * <p>That {@code tabel} and {@code sleutel} name a count row of the report's table registry is
 * checked by lea-rapport, which holds the registry.
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class Cijfer {

  /** The largest {@code aantal} and {@code noemer}, as for the questionnaire's counts. */
  public static final int MAX = 1_000_000;
  /** The longest {@code bron}, in characters. */
  public static final int MAX_BRON = 1000;

  Cijfer() {}

  /**
   * Obtains a published figure.
   *
   * @param verslagjaar the year the figure is about, not null
   * @param tabel the id of the report table, such as {@code 1.1-lea-overleg}, not blank, not null
   * @param sleutel the key of the row, such as {@code GEEN_LEA_OVERLEG}, not blank, not null
   * @param aantal the count, 0..{@code noemer}
   * @param noemer the denominator, 0..{@value #MAX}
   * @param bron where it was published, not blank, at most {@value #MAX_BRON} characters, not null
   * @return the figure, not null
   * @throws DomainValidationException if an argument is null, a text is blank, or a number is out
   *     of range
   */
  public static Cijfer of(Verslagjaar verslagjaar, String tabel, String sleutel, int aantal, int noemer, String bron) {
    return ImmutableCijfer.construct(Checks.notNull(verslagjaar, "verslagjaar"), Checks.notNull(tabel, "tabel"),
        Checks.notNull(sleutel, "sleutel"), aantal, noemer, Checks.notNull(bron, "bron"));
  }

  /**
   * Gets the year the figure is about.
   *
   * @return the verslagjaar, not null
   */
  public abstract Verslagjaar verslagjaar();

  /**
   * Gets the id of the report table.
   *
   * @return the id, not null
   */
  public abstract String tabel();

  /**
   * Gets the key of the row.
   *
   * @return the key, not null
   */
  public abstract String sleutel();

  /**
   * Gets the count.
   *
   * @return the count, 0..{@link #noemer()}
   */
  public abstract int aantal();

  /**
   * Gets the denominator.
   *
   * @return the denominator, 0..{@value #MAX}
   */
  public abstract int noemer();

  /**
   * Gets where the figure was published.
   *
   * @return the source, not null
   */
  public abstract String bron();

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(tabel(), sleutel(), aantal(), noemer(), bron()));
  }

  /**
   * Lists the violations of one figure's rules: {@code tabel}, {@code sleutel} and {@code bron}
   * not blank, {@code bron} at most {@value #MAX_BRON} characters, {@code noemer} 0..{@value #MAX},
   * {@code aantal} 0..{@code noemer}.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. Not for applications: it may change without notice.
   *
   * @param tabel the table id, null if unknown
   * @param sleutel the row key, null if unknown
   * @param aantal the count, null if unknown
   * @param noemer the denominator, null if unknown
   * @param bron the source, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(String tabel, String sleutel, Integer aantal,
      Integer noemer, String bron) {
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    lijst.addAll(DomainValidationException.under("tabel", Checks.tekstViolations(tabel, 100)));
    lijst.addAll(DomainValidationException.under("sleutel", Checks.tekstViolations(sleutel, 200)));
    if (noemer != null && (noemer < 0 || noemer > MAX)) {
      lijst.add(DomainValidationException.Violation.of("noemer", "must be 0.." + MAX, noemer));
    } else if (aantal != null && (aantal < 0 || (noemer != null && aantal > noemer))) {
      lijst.add(DomainValidationException.Violation.of("aantal", "must be 0.." + (noemer == null ? MAX : noemer)
          + (noemer == null ? "" : " (the noemer)"), aantal));
    }
    lijst.addAll(DomainValidationException.under("bron", Checks.tekstViolations(bron, MAX_BRON)));
    return List.copyOf(lijst);
  }
}
