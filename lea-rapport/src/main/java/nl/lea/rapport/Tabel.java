package nl.lea.rapport;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * One table of the national report: its id (as in docs/rapport.md, such as {@code 1.1} or {@code
 * F2.4}), its Dutch title and its rows in the specified order.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param id the table id, not null
 * @param titel the Dutch title, not null
 * @param rijen the rows, in order, not null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Tabel(String id, String titel, List<Rij> rijen) {

  /**
   * Checks the table.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param rijen the rows, not null
   */
  public Tabel {
    DomainValidationException.requireNonNull(id, "id");
    DomainValidationException.requireNonNull(titel, "titel");
    rijen = List.copyOf(rijen);
  }

  /**
   * Finds a row by its key.
   *
   * @param sleutel the key, not null
   * @return the row, empty if the table has no such row
   */
  public Optional<Rij> rij(String sleutel) {
    return rijen.stream().filter(r -> r.sleutel().equals(sleutel)).findFirst();
  }

  /**
   * Returns this table with small-cell suppression applied to its count rows.
   *
   * @param k the smallest count that may be shown, at least 2
   * @return the table, not null
   */
  public Tabel onderdruk(int k) {
    return new Tabel(id, titel, rijen.stream().map(r -> r instanceof Telrij ? ((Telrij) r).onderdruk(k) : r).toList());
  }
}
