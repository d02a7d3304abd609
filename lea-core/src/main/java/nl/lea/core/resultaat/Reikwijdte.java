package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * With which school boards the resultaatafspraken were made (docs/domein.md §3.12, report §6.3).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Reikwijdte implements Gelabeld {
  /** With every school board in the gemeente. */
  ALLE_SCHOOLBESTUREN("Met alle schoolbesturen"),

  /** Only with the boards of schools with doelgroep children. */
  ALLEEN_BESTUREN_MET_DOELGROEPKINDEREN("Alleen met besturen van scholen met doelgroepkinderen"),

  /** Otherwise. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  Reikwijdte(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
