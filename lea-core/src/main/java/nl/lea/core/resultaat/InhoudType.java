package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * In which terms a resultaatafspraak is phrased (docs/domein.md §3.12, report Tabel 2.2).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum InhoudType implements Gelabeld {
  /** The expected result at the end of the toddler period, before primary school. */
  EINDE_PEUTERPERIODE("Verwachte resultaat aan het einde van de peuterperiode"),

  /** The expected result at the end of group 2. */
  EINDE_GROEP_2("Verwachte resultaat aan het einde van groep 2"),

  /** Development between 2.5 and 4 years. */
  ONTWIKKELING_2_5_TOT_4("Ontwikkeling tussen 2,5-4 jaar"),

  /** Development between 4 and 6 years. */
  ONTWIKKELING_4_TOT_6("Ontwikkeling tussen 4-6 jaar"),

  /** Development between 2 and 6 years. */
  ONTWIKKELING_2_TOT_6("Ontwikkeling tussen 2-6 jaar");

  /** The Dutch label. */
  private final String label;

  InhoudType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
