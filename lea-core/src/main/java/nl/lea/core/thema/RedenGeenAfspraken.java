package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why a thema has no afspraken (lea-vragenlijst/2, multi-select; report §1.2). Given
 * only when the thema's afspraken are {@link AfspraakStatus#GEEN}.
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum RedenGeenAfspraken implements Gelabeld {
  /** The agreements are still being worked on. */
  NOG_IN_ONTWIKKELING("We werken nog aan de afspraken"),

  /** Making agreements was postponed to a later year. */
  DOORGESCHOVEN("Het maken van afspraken is doorgeschoven naar een volgend jaar"),

  /** Other priorities within the gemeente. */
  ANDERE_PRIORITEITEN("Andere prioriteiten binnen de gemeente"),

  /** There is no capacity. */
  GEEN_CAPACITEIT("We hebben geen capaciteit"),

  /** Agreements are not needed given the local situation. */
  NIET_NODIG("Afspraken zijn niet nodig gezien de situatie in de gemeente"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenGeenAfspraken(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
