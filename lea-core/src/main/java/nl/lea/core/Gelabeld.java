package nl.lea.core;

/**
 * A domain constant that carries its Dutch label as printed in the Inspectorate's reports.
 *
 * <p>Every enum of lea implements this interface. For example, {@code
 * LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN.label()} is {@code "Bestrijden
 * onderwijsachterstanden"}.
 */
public interface Gelabeld {

  /**
   * Gets the Dutch label as printed in reports.
   *
   * @return the label, not null
   */
  String label();
}
