package nl.lea.rapport.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * The format of the outputs other than the report (risk profiles, the toezicht overview, the
 * cohort, indicatie): JSON in its documented schema or CSV. The report itself has its {@link
 * RapportFormaat}s.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Formaat {
  /** JSON in the documented schema ({@code lea-risico/1}, {@code lea-toezichtoverzicht/1}, ...). */
  JSON,
  /** Comma-separated values (RFC 4180), one row per line with a header. */
  CSV;

  /**
   * Finds a format by its lower-case name, as on the command line.
   *
   * @param naam the name, such as {@code json}, not null
   * @return the format, not null
   * @throws DomainValidationException naming the allowed names if there is no such format
   */
  public static Formaat of(String naam) {
    for (Formaat f : values()) {
      if (f.naam().equals(naam)) {
        return f;
      }
    }
    throw new DomainValidationException("formaat", "is unknown; allowed: "
        + Arrays.stream(values()).map(Formaat::naam).collect(Collectors.joining(", ")), naam);
  }

  /**
   * Gets the lower-case name used on the command line.
   *
   * @return the name, such as {@code tekst}, not null
   */
  public String naam() {
    return name().toLowerCase(Locale.ROOT);
  }
}
