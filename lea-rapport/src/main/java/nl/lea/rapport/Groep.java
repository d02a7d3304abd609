package nl.lea.rapport;

import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * The group a row of a table belongs to, such as the LEA-thema of a row of Figuur 1.3 or the
 * domein of a row of table 3.afhandeling: its key and its Dutch label. A grouped row's label starts
 * with the group's label and {@code ": "} (as the printed report words it), and {@link
 * Rij#onderdeel()} is the rest.
 *
 * <p>For example, Figuur 1.3's row {@code BESTRIJDEN_ONDERWIJSACHTERSTANDEN/ALLE_BEHAALD} has the
 * group {@code new Groep("BESTRIJDEN_ONDERWIJSACHTERSTANDEN", "Bestrijden onderwijsachterstanden")}.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param sleutel the group's key, the first part of the keys of its rows, not null
 * @param label the group's Dutch label, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Groep(String sleutel, String label) {

  /**
   * Checks the group.
   *
   * @param sleutel the group's key, not null
   * @param label the group's Dutch label, not null
   */
  public Groep {
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    DomainValidationException.requireNonNull(label, "label");
  }
}
