package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why doelen were not evaluated (lea-vragenlijst/2, multi-select; report §1.3). Given
 * only when at least one of the thema's doelen is not evaluated.
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum RedenNietGeevalueerd implements Gelabeld {
  /** The policy is still running; the evaluation follows. */
  BELEID_LOOPT_NOG("Het beleid loopt nog, de evaluatie volgt"),

  /** The goals are still being developed. */
  DOELEN_IN_ONTWIKKELING("De doelen zijn nog in ontwikkeling"),

  /** The goals were not (sufficiently) measurable. */
  NIET_MEETBAAR("De doelen waren niet (voldoende) meetbaar"),

  /** Too little capacity to evaluate. */
  GEEN_CAPACITEIT("Te weinig capaciteit om te evalueren"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenNietGeevalueerd(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
