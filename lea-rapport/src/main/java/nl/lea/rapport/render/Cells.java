package nl.lea.rapport.render;

import java.util.ArrayList;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import org.apiguardian.api.API;

/**
 * The cells of a table as people read them, shared by every format that shows tables to people
 * (text, Markdown, HTML): three columns after the row's label — a count (with a point between
 * thousands), a percentage and the denominator for a count row; a sum and its number of gemeenten;
 * a mean bereik and its number of gemeenten — and {@link #ONDERDRUKT} for a suppressed count. Not
 * for applications: it may change without notice.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Cells {

  /** What a suppressed count shows instead of its number, in every format people read. */
  public static final String ONDERDRUKT = "<k";

  private Cells() {}

  /**
   * The three column headings of a table, by the kind of its first row; an empty heading is a
   * column that kind of row leaves empty.
   *
   * @param t the table, not null
   * @return the headings, not null
   */
  public static List<String> koppen(Tabel t) {
    DomainValidationException.requireNonNull(t, "tabel");
    Rij eerste = t.rijen().isEmpty() ? null : t.rijen().get(0);
    if (eerste instanceof Somrij) {
      return List.of("Aantal", "", "Gemeenten");
    }
    if (eerste instanceof Gemiddelderij) {
      return List.of("", "Bereik", "Gemeenten");
    }
    return List.of("Aantal", "Percentage", "n");
  }

  /**
   * The three cells of a row.
   *
   * @param rij the row, not null
   * @param ontbreekt what an undefined percentage shows, such as {@code -}, not null
   * @return the cells, not null
   */
  public static List<String> cellen(Rij rij, String ontbreekt) {
    DomainValidationException.requireNonNull(rij, "rij");
    DomainValidationException.requireNonNull(ontbreekt, "ontbreekt");
    if (rij instanceof Telrij t) {
      return List.of(t.onderdrukt() ? ONDERDRUKT : Numbers.duizendtallen(t.aantal().getAsLong()),
          t.percentage().isPresent() ? t.percentage().getAsInt() + "%" : ontbreekt, Numbers.duizendtallen(t.noemer()));
    }
    if (rij instanceof Somrij s) {
      return List.of(Numbers.duizendtallen(s.waarde()), "", Numbers.duizendtallen(s.aantalGemeenten()));
    }
    Gemiddelderij g = (Gemiddelderij) rij;
    return List.of("", g.percentage().isPresent() ? g.percentage().getAsInt() + "%" : ontbreekt,
        Numbers.duizendtallen(g.aantalGemeenten()));
  }

  /**
   * Leaves out the columns whose heading is empty, for layouts that do not align columns.
   *
   * @param koppen the three headings, not null
   * @param cellen three cells, not null
   * @return the cells under a heading, not null
   */
  public static List<String> zonderLegeKolommen(List<String> koppen, List<String> cellen) {
    DomainValidationException.requireNoNulls(koppen, "koppen");
    DomainValidationException.requireNoNulls(cellen, "cellen");
    if (koppen.size() != cellen.size()) {
      throw new DomainValidationException("cellen", "must be as many as the headings (" + koppen.size() + ")", cellen.size());
    }
    List<String> lijst = new ArrayList<>();
    for (int i = 0; i < koppen.size(); i++) {
      if (!koppen.get(i).isEmpty()) {
        lijst.add(cellen.get(i));
      }
    }
    return List.copyOf(lijst);
  }
}
