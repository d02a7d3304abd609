package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * Whether a gemeente had agreements (afspraken) on a LEA thema in the verslagjaar (docs/domein.md §3.4).
 *
 * <p>Independent of overleg: running agreements are a common reason for not consulting.
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AfspraakStatus implements Gelabeld {
  /** New agreements were made this year. */
  NIEUW("Nieuwe afspraken gemaakt"),

  /** Running agreements were still in force. */
  LOPEND("Lopende afspraken"),

  /** There were no agreements. */
  GEEN("Geen afspraken");

  /** The Dutch label. */
  private final String label;

  AfspraakStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
