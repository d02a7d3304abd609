package nl.lea.core.toezicht;

import java.time.LocalDate;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An improvement agreement made with a contactgemeente: what it is about, what must happen and,
 * optionally, by when (docs/toezicht.md §1).
 *
 * <p>For example:
 *
 * <pre>{@code
 * Verbeterafspraak a = Verbeterafspraak.of(Toezichtonderwerp.VOORKOMEN_SEGREGATIE,
 *     "Segregatie agenderen in het LEA-overleg.", LocalDate.of(2024, 6, 30));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Verbeterafspraak {

  Verbeterafspraak() {}

  /**
   * Obtains an agreement without a date.
   *
   * @param onderwerp what it is about, not null
   * @param omschrijving what must happen, with a non-blank character, at most 2,000 characters, not
   *     null
   * @return the agreement, not null
   * @throws DomainValidationException if an argument is null, blank or too long
   */
  public static Verbeterafspraak of(Toezichtonderwerp onderwerp, String omschrijving) {
    return ImmutableVerbeterafspraak.construct(Checks.notNull(onderwerp, "onderwerp"),
        Checks.tekst(omschrijving, Signaal.MAX_TEKST, "omschrijving"), Optional.empty());
  }

  /**
   * Obtains an agreement with the date by which it must be met.
   *
   * @param onderwerp what it is about, not null
   * @param omschrijving what must happen, with a non-blank character, at most 2,000 characters, not
   *     null
   * @param uiterlijk the date by which, not null
   * @return the agreement, not null
   * @throws DomainValidationException if an argument is null, blank or too long
   */
  public static Verbeterafspraak of(Toezichtonderwerp onderwerp, String omschrijving, LocalDate uiterlijk) {
    return ImmutableVerbeterafspraak.construct(Checks.notNull(onderwerp, "onderwerp"),
        Checks.tekst(omschrijving, Signaal.MAX_TEKST, "omschrijving"),
        Optional.of(Checks.notNull(uiterlijk, "uiterlijk")));
  }

  /**
   * Gets what the agreement is about.
   *
   * @return the onderwerp, not null
   */
  public abstract Toezichtonderwerp onderwerp();

  /**
   * Gets what must happen.
   *
   * @return the description, not null
   */
  public abstract String omschrijving();

  /**
   * Gets the date by which the agreement must be met.
   *
   * @return the date, empty if none was set
   */
  public abstract Optional<LocalDate> uiterlijk();
}
