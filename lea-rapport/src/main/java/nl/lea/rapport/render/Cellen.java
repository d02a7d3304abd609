package nl.lea.rapport.render;

import java.util.List;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;

/** The header and cells of a table for the layouts that show tables to people (text, Markdown). */
final class Cellen {

  private Cellen() {}

  /** The cells of one row for the text and Markdown layouts. */
  static List<String> cellen(Rij rij) {
    if (rij instanceof Telrij) {
      Telrij t = (Telrij) rij;
      String aantal = t.onderdrukt() ? "<k" : Getallen.duizendtallen(t.aantal().getAsLong());
      String pct = t.percentage().isPresent() ? t.percentage().getAsInt() + "%" : "-";
      return List.of(aantal, pct, Getallen.duizendtallen(t.noemer()));
    }
    if (rij instanceof Somrij) {
      Somrij s = (Somrij) rij;
      return List.of(Getallen.duizendtallen(s.waarde()), "", Getallen.duizendtallen(s.aantalGemeenten()));
    }
    Gemiddelderij g = (Gemiddelderij) rij;
    return List.of("", g.percentage().isPresent() ? g.percentage().getAsInt() + "%" : "-", Getallen.duizendtallen(g.aantalGemeenten()));
  }

  static List<String> koppen(Tabel t) {
    Rij eerste = t.rijen().isEmpty() ? null : t.rijen().get(0);
    if (eerste instanceof Somrij) {
      return List.of("Aantal", "", "Gemeenten");
    }
    if (eerste instanceof Gemiddelderij) {
      return List.of("", "Bereik", "Gemeenten");
    }
    return List.of("Aantal", "Percentage", "n");
  }
}
