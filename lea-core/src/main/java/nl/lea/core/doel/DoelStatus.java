package nl.lea.core.doel;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * The status of one goal ({@link Doel}) at the end of the verslagjaar (docs/domein.md §3.5).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DoelStatus implements Gelabeld {
  /** The goal was achieved. */
  BEHAALD("Behaald"),

  /** The goal was evaluated and not achieved. */
  NIET_BEHAALD("Niet behaald"),

  /** Nobody evaluated the goal. */
  NIET_GEEVALUEERD("Niet geëvalueerd"),

  /** The evaluation is under way; the outcome is not yet known. */
  EVALUATIE_LOOPT("Evaluatie loopt nog");

  /** The Dutch label. */
  private final String label;

  DoelStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
