package nl.lea.core;

import org.apiguardian.api.API;

/**
 * A domain constant that carries its Dutch label as printed in the Inspectorate's reports.
 *
 * <p>Every enum of lea implements this interface. For example, {@code
 * LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN.label()} is {@code "Bestrijden
 * onderwijsachterstanden"}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Gelabeld {

  /**
   * Gets the Dutch label as printed in reports.
   *
   * @return the label, not null
   */
  String label();
}
