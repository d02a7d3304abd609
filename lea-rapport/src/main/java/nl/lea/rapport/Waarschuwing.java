package nl.lea.rapport;

import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import org.apiguardian.api.API;

/**
 * A data-quality warning about one gemeente's answers, such as {@code BEREIK_BOVEN_100}: more
 * reached doelgroeppeuters than doelgroeppeuters.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param gemeente the gemeente, not null
 * @param code the warning code, not null
 * @param bericht the Dutch message, not null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Waarschuwing(Gemeentecode gemeente, String code, String bericht) {

  /** The code of a bereik above 100%. */
  public static final String BEREIK_BOVEN_100 = "BEREIK_BOVEN_100";

  /**
   * Checks the warning.
   *
   * @param gemeente the gemeente, not null
   * @param code the warning code, not null
   * @param bericht the Dutch message, not null
   */
  public Waarschuwing {
    DomainValidationException.requireNonNull(gemeente, "gemeente");
    DomainValidationException.requireNonNull(code, "code");
    DomainValidationException.requireNonNull(bericht, "bericht");
  }
}
