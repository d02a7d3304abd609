package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * One of the four themes of the Lokale Educatieve Agenda (docs/domein.md §3.3, report Inleiding).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LeaThema implements Gelabeld {
  /** Combating educational disadvantage. */
  BESTRIJDEN_ONDERWIJSACHTERSTANDEN("Bestrijden onderwijsachterstanden"),

  /** Preventing segregation. */
  VOORKOMEN_SEGREGATIE("Voorkomen segregatie"),

  /** Promoting integration. */
  BEVORDEREN_INTEGRATIE("Bevorderen integratie"),

  /** Enrolment and admission. */
  INSCHRIJVING_EN_TOELATING("Inschrijving en toelating");

  /** The Dutch label. */
  private final String label;

  LeaThema(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
