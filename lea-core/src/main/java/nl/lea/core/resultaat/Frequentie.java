package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * How often the results are discussed (docs/domein.md §3.12, report §6.3).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Frequentie implements Gelabeld {
  /** Yearly. */
  JAARLIJKS("Jaarlijks"),

  /** Twice a year. */
  HALFJAARLIJKS("Halfjaarlijks"),

  /** Every quarter. */
  PER_KWARTAAL("Per kwartaal"),

  /** Another cycle. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  Frequentie(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
