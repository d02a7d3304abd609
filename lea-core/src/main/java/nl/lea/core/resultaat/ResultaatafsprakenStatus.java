package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * Whether a gemeente made resultaatafspraken vroegschoolse educatie (docs/domein.md §3.12, report
 * Tabel 2.1).
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ResultaatafsprakenStatus implements Gelabeld {
  /** Resultaatafspraken were made. */
  WEL("Wel resultaatafspraken"),

  /** No resultaatafspraken were made. */
  GEEN("Geen resultaatafspraken"),

  /** The question was not answered (the report's "Missing"). */
  ONBEKEND("Missing");

  /** The Dutch label. */
  private final String label;

  ResultaatafsprakenStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
