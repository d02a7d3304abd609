package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * With whom the gemeente discusses the results (docs/domein.md §3.12, report Figuur 2.4).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Gesprekspartner implements Gelabeld {
  /** School boards. */
  SCHOOLBESTUREN("Schoolbesturen"),

  /** Childcare providers. */
  HOUDERS_KINDEROPVANG("Houders kinderopvang"),

  /** Other partners. */
  ANDERE_PARTNERS("Andere partners");

  /** The Dutch label. */
  private final String label;

  Gesprekspartner(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
