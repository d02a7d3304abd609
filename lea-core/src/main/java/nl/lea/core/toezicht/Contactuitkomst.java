package nl.lea.core.toezicht;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/** How a conversation with a contactgemeente about one domein ended (report §3, Figuur 1.5). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Contactuitkomst implements Gelabeld {
  /** No risk, or no risk any more. */
  GEEN_RISICO_MEER("Geen risico (meer)"),
  /** Improvement agreements were made. */
  VERBETERAFSPRAKEN("Verbeterafspraken"),
  /** An investigation follows. */
  ONDERZOEK("Onderzoek");

  private final String label;

  Contactuitkomst(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
