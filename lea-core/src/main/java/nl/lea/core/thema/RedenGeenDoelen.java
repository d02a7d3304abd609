package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why a thema has no doelen (lea-vragenlijst/2, multi-select; report §1.3). Given only
 * when the thema has no doelen.
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum RedenGeenDoelen implements Gelabeld {
  /** The subject is not relevant in the gemeente. */
  NIET_RELEVANT("Het onderwerp is niet relevant in onze gemeente"),

  /** The subject does not arise in the gemeente. */
  SPEELT_NIET("Het onderwerp speelt niet in onze gemeente"),

  /** It will be taken up later (in a new LEA, for example). */
  LATER_OPGEPAKT("Wordt later opgepakt (bijvoorbeeld in een nieuwe LEA)"),

  /** A small gemeente with short lines: goals are not needed. */
  KORTE_LIJNEN("Kleine gemeente met korte lijnen, doelen zijn niet nodig"),

  /** Goals are not part of the LEA. */
  NIET_IN_LEA("Doelen zijn niet in de LEA opgenomen"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenGeenDoelen(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
