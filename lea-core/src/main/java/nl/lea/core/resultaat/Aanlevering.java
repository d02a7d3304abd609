package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * How school boards deliver the data for monitoring resultaatafspraken (docs/domein.md §3.12, report
 * §6.3).
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Aanlevering implements Gelabeld {
  /** From the board's own pupil monitoring system. */
  LEERLINGVOLGSYSTEEM("Vanuit het eigen leerlingvolgsysteem"),

  /** Through a fixed format. */
  VAST_FORMAT("Via een vast format"),

  /** Otherwise. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  Aanlevering(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
