package nl.lea.rapport;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One row of a report table: a count out of a denominator ({@link Telrij}), a sum ({@link
 * Somrij}) or a mean ({@link Gemiddelderij}). Every row has a stable key ({@code sleutel}) and a
 * Dutch label; a row of a grouped table (Figuur 1.3 per thema, table 3.afhandeling per domein) also
 * has its {@link Groep}, and its label is the group's label, {@code ": "} and its {@link
 * #onderdeel()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
   * Gets the group the row belongs to.
   *
   * @return the group, empty for a row of an ungrouped table
   */
  default Optional<Groep> groep() {
    return Optional.empty();
  }

  /**
   * Gets the row's own label within its group: the label without the group's label and {@code ": "}
   * before it, such as {@code Alle doelen behaald} for a row of Figuur 1.3.
   *
   * @return the label within the group, the whole label for an ungrouped row, not null
   */
  default String onderdeel() {
    return groep().map(g -> label().substring(g.label().length() + 2)).orElse(label());
  }

  /**
   * Returns this row with another label (the wording of a particular table).
   *
   * @param label the Dutch label, not null
   * @return the row, otherwise equal, not null
   */
  Rij withLabel(String label);
}
