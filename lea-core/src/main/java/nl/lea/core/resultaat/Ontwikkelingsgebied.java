package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A developmental area that resultaatafspraken are about (docs/domein.md §3.12, report Figuur 2.1).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Ontwikkelingsgebied implements Gelabeld {
  /** Language development. */
  TAAL("Taal"),

  /** Numeracy development. */
  REKENEN("Rekenen"),

  /** Motor development. */
  MOTORIEK("Motorisch"),

  /** Social-emotional development. */
  SOCIAAL_EMOTIONEEL("Sociaal-emotioneel"),

  /** Another area. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  Ontwikkelingsgebied(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
