package nl.lea.rapport;

/**
 * One row of a report table: a count out of a denominator ({@link Telrij}), a sum ({@link
 * Somrij}) or a mean ({@link Gemiddelderij}). Every row has a stable key ({@code sleutel}) and a
 * Dutch label.
 */
public sealed interface Rij permits Telrij, Somrij, Gemiddelderij {

  /**
   * Gets the key of the row, such as {@code BESTRIJDEN_ONDERWIJSACHTERSTANDEN}.
   *
   * @return the key, not null
   */
  String sleutel();

  /**
   * Gets the Dutch label, as in the report.
   *
   * @return the label, not null
   */
  String label();

  /**
   * Returns this row with another label (the wording of a particular table).
   *
   * @param label the Dutch label, not null
   * @return the row, otherwise equal, not null
   */
  Rij withLabel(String label);
}
