package nl.lea.rapport;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * One table of the national report: its id (as in docs/rapport.md, such as {@code 1.1} or {@code
 * F2.4}), its Dutch title as the report prints it, the heading people read (the title with the year
 * and n, such as {@code … in 2022 (n=340)}), its rows in the order the report prints them, how it
 * is drawn as a figure, if it is, a note to print under it, if it has one (a table over items of
 * {@code lea-vragenlijst/2} computed from a document of version 1 has noemer 0 and the note
 * {@value Tabellen#NIET_GEVRAAGD}, docs/jaarverantwoording.md §4), and the source line the printed
 * report puts under it, if it puts one ({@code Bron: vragenlijst gemeenten, 2023} under Tabel 1.1 of
 * verslagjaar 2022).
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param id the table id, not null
 * @param titel the Dutch title, not null
 * @param koptekst the heading with the year and n filled in, not null
 * @param rijen the rows, in order, not null
 * @param figuur how the table is drawn, empty if it is not, not null
 * @param noot the note printed under the table, empty if it has none, not null
 * @param bron the source line printed under the table, empty if the report prints none, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Tabel(String id, String titel, String koptekst, List<Rij> rijen, Optional<Figuur> figuur, Optional<String> noot,
    Optional<String> bron) {

  /**
   * Checks the table.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param koptekst the heading with the year and n filled in, not null
   * @param rijen the rows, not null
   * @param figuur how the table is drawn, empty if it is not, not null
   * @param noot the note printed under the table, empty if it has none, not null
   * @param bron the source line printed under the table, empty if the report prints none, not null
   */
  public Tabel {
    DomainValidationException.requireNonNull(id, "id");
    DomainValidationException.requireNonNull(titel, "titel");
    DomainValidationException.requireNonNull(koptekst, "koptekst");
    rijen = List.copyOf(DomainValidationException.requireNoNulls(rijen, "rijen"));
    DomainValidationException.requireNonNull(figuur, "figuur");
    DomainValidationException.requireNonNull(noot, "noot");
    DomainValidationException.requireNonNull(bron, "bron");
  }

  /**
   * Creates a table without a source line.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param koptekst the heading with the year and n filled in, not null
   * @param rijen the rows, not null
   * @param figuur how the table is drawn, empty if it is not, not null
   * @param noot the note printed under the table, empty if it has none, not null
   */
  public Tabel(String id, String titel, String koptekst, List<Rij> rijen, Optional<Figuur> figuur, Optional<String> noot) {
    this(id, titel, koptekst, rijen, figuur, noot, Optional.empty());
  }

  /**
   * Creates a table without a note.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param koptekst the heading with the year and n filled in, not null
   * @param rijen the rows, not null
   * @param figuur how the table is drawn, empty if it is not, not null
   */
  public Tabel(String id, String titel, String koptekst, List<Rij> rijen, Optional<Figuur> figuur) {
    this(id, titel, koptekst, rijen, figuur, Optional.empty());
  }

  /**
   * Creates a table without a figure.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param koptekst the heading with the year and n filled in, not null
   * @param rijen the rows, not null
   */
  public Tabel(String id, String titel, String koptekst, List<Rij> rijen) {
    this(id, titel, koptekst, rijen, Optional.empty());
  }

  /**
   * Creates a table without a figure whose heading is its title.
   *
   * @param id the table id, not null
   * @param titel the Dutch title, not null
   * @param rijen the rows, not null
   */
  public Tabel(String id, String titel, List<Rij> rijen) {
    this(id, titel, titel, rijen);
  }

  /**
   * Gets the number the printed report gives this table: {@code "Tabel 1.1"} for a table whose id
   * is a report table's number ({@code 1.1}, {@code 2.2}), {@code "Figuur 1.2"} for a figure's data
   * ({@code F1.2}); empty for every table the report does not number ({@code 1.1-geen},
   * {@code bereik}).
   *
   * @return the number, empty if the report gives none
   */
  public Optional<String> nummer() {
    if (id.matches("\\d+\\.\\d+")) {
      return Optional.of("Tabel " + id);
    }
    if (id.matches("F\\d+\\.\\d+")) {
      return Optional.of("Figuur " + id.substring(1));
    }
    return Optional.empty();
  }

  /**
   * Gets the heading a reader sees: the title after the report's {@link #nummer() number}, such as
   * {@code "Figuur 1.3: Percentage gemeenten dat doelen bereikte voor de verschillende
   * LEA-thema’s"}, or the plain title for a table the report does not number. Ids stay for links
   * and machines; this is for people.
   *
   * @return the heading, not null
   */
  public String bijschrift() {
    return nummer().map(n -> n + ": " + titel).orElse(titel);
  }

  /**
   * Finds a row by its key.
   *
   * @param sleutel the key, not null
   * @return the row, empty if the table has no such row
   */
  public Optional<Rij> rij(String sleutel) {
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    return rijen.stream().filter(r -> r.sleutel().equals(sleutel)).findFirst();
  }

  /**
   * Returns this table with small-cell suppression applied to its count rows.
   *
   * @param k the smallest count that may be shown, at least 2
   * @return the table, not null
   * @throws DomainValidationException if {@code k} is less than 2
   */
  public Tabel onderdruk(int k) {
    if (k < 2) {
      throw new DomainValidationException("k", "must be at least 2", k);
    }
    return new Tabel(id, titel, koptekst, rijen.stream().map(r -> r instanceof Telrij t ? (Rij) t.onderdruk(k) : r).toList(),
        figuur, noot, bron);
  }
}
