package nl.lea.core.doel;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * The coarse goal-attainment category used for resultaatafspraken (report Figuur 2.2).
 *
 * <p>Obtain it from a fine category with {@link Doelbereik#grof()}.
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DoelbereikGrof implements Gelabeld {
  /** Every goal was achieved. */
  ALLE_BEHAALD("Alle doelen behaald"),

  /** Some but not all goals were achieved, or none of the evaluated ones while at least one was achieved: {@code MEER_DAN_DE_HELFT}, {@code DE_HELFT} or {@code MINDER_DAN_DE_HELFT}. */
  DEELS_BEHAALD("Deels behaald"),

  /** No goal was achieved, at least one was evaluated. */
  NIET_BEHAALD("Niet behaald"),

  /** No goal was evaluated and no evaluation is under way. */
  NIET_GEEVALUEERD("Niet geëvalueerd"),

  /** No goal was evaluated yet; an evaluation is under way. */
  ANDERS("Anders"),

  /** No goals were set. */
  GEEN_DOELEN("Geen doelen");

  /** The Dutch label. */
  private final String label;

  DoelbereikGrof(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
