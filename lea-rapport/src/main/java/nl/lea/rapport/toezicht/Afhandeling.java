package nl.lea.rapport.toezicht;

import nl.lea.core.DomainValidationException;
import nl.lea.core.Gelabeld;
import nl.lea.core.toezicht.Contactuitkomst;
import org.apiguardian.api.API;

/**
 * How the supervision of one gemeente ended in one domein (docs/toezicht.md §1): no possible risk, a
 * possible risk without contact, or the outcome of the contact.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Afhandeling implements Gelabeld {
  /** No possible risk in the domein after judgement. */
  GEEN_RISICO("Geen risico"),
  /** A possible risk, but no contact this year. */
  MOGELIJK_RISICO("Mogelijk risico, geen contact"),
  /** Contacted; no risk (any more). */
  GEEN_RISICO_MEER("Geen risico (meer) na contact"),
  /** Contacted; verbeterafspraken were made. */
  VERBETERAFSPRAKEN("Verbeterafspraken"),
  /** Contacted; an investigation follows. */
  ONDERZOEK("Onderzoek");

  private final String label;

  Afhandeling(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Gets the Afhandeling of a contact's outcome.
   *
   * <p>For example, {@code Afhandeling.from(Contactuitkomst.ONDERZOEK)} is {@code ONDERZOEK}.
   *
   * @param uitkomst the outcome, not null
   * @return the Afhandeling of the same name, not null
   */
  public static Afhandeling from(Contactuitkomst uitkomst) {
    return switch (DomainValidationException.requireNonNull(uitkomst, "uitkomst")) {
      case GEEN_RISICO_MEER -> GEEN_RISICO_MEER;
      case VERBETERAFSPRAKEN -> VERBETERAFSPRAKEN;
      case ONDERZOEK -> ONDERZOEK;
    };
  }

  /**
   * Checks if the gemeente was contacted about the domein.
   *
   * @return true for the three contact outcomes
   */
  public boolean isContact() {
    return this == GEEN_RISICO_MEER || this == VERBETERAFSPRAKEN || this == ONDERZOEK;
  }
}
