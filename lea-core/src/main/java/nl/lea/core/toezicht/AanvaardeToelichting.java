package nl.lea.core.toezicht;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The inspector accepts the gemeente's explanation (toelichting) for a risk rule that fired; that
 * firing then no longer counts (docs/toezicht.md §1). Whether the rule fired, and whether the rule
 * set allows it to be accepted at all (its {@link Regelset#nietIngevuld() rule for a questionnaire
 * not returned} never is), {@link Beoordeling#controleer} checks against the answers and the rules in
 * use.
 *
 * <p>For example:
 *
 * <pre>{@code
 * AanvaardeToelichting.of("V4", "Subsidie volgt kind; er is geen wachtlijst.");
 * AanvaardeToelichting.of("L4");   // accepted without a text
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class AanvaardeToelichting {

  AanvaardeToelichting() {}

  /**
   * Obtains an accepted explanation without a text.
   *
   * @param regel the code of the rule that fired, not blank, not null
   * @return the acceptance, not null
   * @throws DomainValidationException if the code is null or blank
   */
  public static AanvaardeToelichting of(String regel) {
    return ImmutableAanvaardeToelichting.construct(regel(regel), Optional.empty());
  }

  /**
   * Obtains an accepted explanation with its text.
   *
   * @param regel the code of the rule that fired, not blank, not null
   * @param toelichting the gemeente's explanation, with a non-blank character, at most 2,000
   *     characters, not null
   * @return the acceptance, not null
   * @throws DomainValidationException if an argument is null, blank or too long
   */
  public static AanvaardeToelichting of(String regel, String toelichting) {
    return ImmutableAanvaardeToelichting.construct(regel(regel),
        Optional.of(Checks.tekst(toelichting, Signaal.MAX_TEKST, "toelichting")));
  }

  private static String regel(String regel) {
    Checks.notNull(regel, "regel");
    if (regel.isBlank()) {
      throw new DomainValidationException("regel", "must not be blank", regel);
    }
    return regel;
  }

  /**
   * Gets the code of the rule whose firing no longer counts.
   *
   * @return the rule code, such as {@code V4}, not null
   */
  public abstract String regel();

  /**
   * Gets the gemeente's explanation.
   *
   * @return the text, empty if the acceptance records none
   */
  public abstract Optional<String> toelichting();
}
