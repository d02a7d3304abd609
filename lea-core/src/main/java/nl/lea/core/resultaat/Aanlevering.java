package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;

/**
 * How school boards deliver the data for monitoring resultaatafspraken (docs/domein.md §3.12, report
 * §6.3).
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
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
