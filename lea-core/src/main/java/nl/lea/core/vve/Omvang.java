package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * The width class of a doelgroepdefinitie by the number of indicators it uses (docs/domein.md §3.10,
 * report Tabel 1.11 and footnote 9).
 *
 * <p>See {@link OmvangIndeling} for the thresholds.
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Omvang implements Gelabeld {
  /** A narrow definition: by the standard thresholds 1 to 3 indicators. */
  SMAL("Smal"),

  /** A middle definition: by the standard thresholds 4 to 6 indicators. */
  MIDDEN("Midden"),

  /** A broad definition: by the standard thresholds 7 to 9 indicators. */
  BREED("Breed");

  /** The Dutch label. */
  private final String label;

  Omvang(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
