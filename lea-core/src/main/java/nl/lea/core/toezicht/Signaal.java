package nl.lea.core.toezicht;

import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A signal from outside the questionnaire (a school board, a parent, the GGD) that creates a
 * possible risk in its domein whatever the rules say (docs/toezicht.md §1).
 *
 * <p>For example:
 *
 * <pre>{@code
 * Signaal s = Signaal.of(Domein.LEA, "Signaal van een schoolbestuur over de toelating.");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Signaal {

  /** The longest free text in a judgement, in characters (docs/toezicht.md §4 rule 8). */
  public static final int MAX_TEKST = 2000;

  Signaal() {}

  /**
   * Obtains a signal.
   *
   * @param domein the domein it is about, not null
   * @param omschrijving what was signalled, with a non-blank character, at most 2,000 characters,
   *     not null
   * @return the signal, not null
   * @throws DomainValidationException if an argument is null, blank or too long
   */
  public static Signaal of(Domein domein, String omschrijving) {
    return ImmutableSignaal.construct(Checks.notNull(domein, "domein"),
        Checks.tekst(omschrijving, MAX_TEKST, "omschrijving"));
  }

  /**
   * Lists the violations of a free text's rules in a judgement (docs/toezicht.md §4 rule 8): a
   * non-blank character, at most {@link #MAX_TEKST} characters. Every text of a judgement follows
   * them: a signal's and an agreement's {@code omschrijving}, an acceptance's {@code toelichting}.
   *
   * <p>For lea's readers, which report every error of a document at once. The factories check the
   * same rules. Not for applications: it may change without notice.
   *
   * @param veld the name of the text's field, such as {@code omschrijving}, not null
   * @param tekst the text, null if unknown
   * @return the violations, at the field, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> tekstViolations(String veld, String tekst) {
    return DomainValidationException.under(Checks.notNull(veld, "veld"), Checks.tekstViolations(tekst, MAX_TEKST));
  }

  /**
   * Gets the domein the signal is about.
   *
   * @return the domein, not null
   */
  public abstract Domein domein();

  /**
   * Gets what was signalled.
   *
   * @return the description, not null
   */
  public abstract String omschrijving();
}
