package nl.lea.rapport.toezicht;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A state of the supervision of one gemeente, year and domein (docs/toezicht.md §2, report Figuur 1.5),
 * with the states it may go to.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Toestand implements Gelabeld {
  /** The questionnaire came in. */
  VRAGENLIJST_ONTVANGEN("Jaarlijkse vragenlijst ontvangen"),
  /** The risk analysis is being done. */
  RISICOANALYSE("Risicoanalyse"),
  /** No risk: a letter to the gemeente. Final. */
  GEEN_RISICO("Geen risico: brief naar gemeente"),
  /** A possible risk after the inspector's judgement. */
  MOGELIJK_RISICO("Mogelijk risico"),
  /** A possible risk, but the gemeente was not contacted this year: a letter. Final. */
  GEEN_CONTACT("Geen contact: brief naar gemeente"),
  /** The gemeente is a contactgemeente. */
  CONTACTGEMEENTE("Contactgemeente"),
  /** After contact, no risk (any more): a letter to the gemeente. Final. */
  GEEN_RISICO_MEER("Geen risico (meer): brief naar gemeente"),
  /** Improvement agreements were made. */
  VERBETERAFSPRAKEN("Verbeterafspraken"),
  /** An investigation. Final. */
  ONDERZOEK("Onderzoek");

  private final String label;

  Toestand(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Gets the states this state may go to.
   *
   * @return the next states, empty for a final state, not null
   */
  public Set<Toestand> volgende() {
    // No default: a new state breaks the compilation here until its transitions are given.
    Set<Toestand> volgende = switch (this) {
      case VRAGENLIJST_ONTVANGEN -> EnumSet.of(RISICOANALYSE);
      case RISICOANALYSE -> EnumSet.of(GEEN_RISICO, MOGELIJK_RISICO);
      case MOGELIJK_RISICO -> EnumSet.of(CONTACTGEMEENTE, GEEN_CONTACT);
      case CONTACTGEMEENTE -> EnumSet.of(GEEN_RISICO_MEER, VERBETERAFSPRAKEN, ONDERZOEK);
      case VERBETERAFSPRAKEN -> EnumSet.of(GEEN_RISICO_MEER, ONDERZOEK);
      case GEEN_RISICO, GEEN_CONTACT, GEEN_RISICO_MEER, ONDERZOEK -> EnumSet.noneOf(Toestand.class);
    };
    return Collections.unmodifiableSet(volgende);
  }

  /**
   * Checks if this state ends the dossier.
   *
   * @return true for {@code GEEN_RISICO}, {@code GEEN_CONTACT}, {@code GEEN_RISICO_MEER} and
   *     {@code ONDERZOEK}
   */
  public boolean isEindtoestand() {
    return volgende().isEmpty();
  }
}
