package nl.lea.publicatie;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Groep;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.Waarschuwing;
import nl.lea.rapport.render.Escape;
import nl.lea.rapport.render.Numbers;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.render.VorigeJaren;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an Excel workbook, the format {@code xlsx}, for analysts: one sheet per table,
 * named by the table's id, and a sheet {@code waarschuwingen} when the report has warnings.
 *
 * <p>The first sheet, {@code Inhoud}, lists every sheet with its title as the page heads it and
 * the source of its numbers. Each table sheet has the heading as the report prints it ({@link
 * Tabel#koptekst()}) in its first row, a header row (frozen, so it stays in view, and repeated on
 * every printed page), then one row per table row: {@code Sleutel}, {@code Onderdeel}, {@code
 * Aantal} (counts and sums), {@code Percentage} and {@code n} (the denominator, or the number of
 * gemeenten of a sum or mean). Numbers are numeric cells; a percentage is the exact fraction (the
 * nearest double, {@code 122/149} as 0.8187919463087249) formatted {@code 0%}, so it shows the
 * report's whole percentage and loses nothing in a calculation. Columns are as wide as their longest
 * text, and every sheet prints on A4, one page wide. A suppressed count, or a percentage that is
 * undefined, is an empty cell. A table's {@link
 * Tabel#noot() note} follows its rows after an empty row. The two matrices, Figuur 1.3 (thema by
 * doelbereik) and Tabel 2.2 (inhoud by ontwikkelingsgebied), also get a sheet as a grid, named
 * {@code F1.3 raster} and {@code 2.2 raster} and following their table's: a row per group, a column
 * per part, first the percentages (exact fractions again) with each group's n, then the counts. Texts
 * are stored as text, never as formulas.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("rapport.xlsx"))) {
 *   RapportFormaat.of("xlsx").orElseThrow().render(Rapport.van(vragenlijst), out);
 * }
 * }</pre>
 *
 * <p>Registered through {@link java.util.ServiceLoader}: with this module present, {@link
 * RapportFormaat#of(String) RapportFormaat.of("xlsx")} finds it. Instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExcelFormaat implements RapportFormaat {

  /** The columns of a table sheet, as the page's tables head them (and the row's key first). */
  static final List<String> KOPPEN = List.of("Sleutel", "Onderdeel", "Aantal", "Percentage", "n");

  /** The index sheet, first in the workbook. */
  static final String INHOUD = "Inhoud";

  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public ExcelFormaat() {}

  @Override
  public String naam() {
    return "xlsx";
  }

  /**
   * Checks if the rendering is text: it is not, a workbook is binary.
   *
   * @return false
   */
  @Override
  public boolean isTekst() {
    return false;
  }

  /**
   * Writes the workbook. The stream is flushed but not closed.
   *
   * @param rapport the report, not null
   * @param out where the xlsx bytes go, not null
   * @throws IOException if writing fails
   */
  @Override
  public void render(Rapport rapport, OutputStream out) throws IOException {
    DomainValidationException.requireNonNull(rapport, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    schrijf(rapport, Optional.empty(), out);
  }

  /**
   * Writes the workbook with earlier years: each table sheet gains the columns {@code Vorig jaar},
   * {@code Vorig} (that year's percentage, formatted {@code 0%}, or a sum row's value), {@code
   * Verschil} (percentage points, or the sum's difference) and {@code Noemer gewijzigd}, and a
   * sheet {@code cohort} holds Figuur 1.4's table. The stream is flushed but not closed.
   *
   * @param rapport the report, not null
   * @param vorigeJaren the comparison ending in the report's year, not null
   * @param out where the xlsx bytes go, not null
   * @throws IOException if writing fails
   */
  @Override
  public void render(Rapport rapport, Vergelijking vorigeJaren, OutputStream out) throws IOException {
    VorigeJaren.controleer(rapport, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    schrijf(rapport, Optional.of(vorigeJaren), out);
  }

  /** The columns a table sheet gains with earlier years. */
  static final List<String> VORIGE_KOPPEN = List.of("Vorig jaar", "Vorig", "Verschil", "Noemer gewijzigd");

  private static void schrijf(Rapport rapport, Optional<Vergelijking> vorig, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "lea", null);
    inhoud(wb, rapport);
    for (Tabel t : rapport.tabellen()) {
      Worksheet ws = wb.newWorksheet(t.id());
      afdruk(ws, 1);
      ws.value(0, 0, Escape.xlsx(t.koptekst()));
      ws.style(0, 0).bold().set();
      List<String> koppen = new ArrayList<>(KOPPEN);
      if (vorig.isPresent()) {
        koppen.addAll(VORIGE_KOPPEN);
      }
      for (int c = 0; c < koppen.size(); c++) {
        ws.value(1, c, Escape.xlsx(koppen.get(c)));
        ws.style(1, c).bold().set();
      }
      ws.freezePane(0, 2);
      ws.width(0, breedte(t.rijen().stream().map(Rij::sleutel).toList(), "Sleutel"));
      ws.width(1, breedte(t.rijen().stream().map(Rij::label).toList(), "Onderdeel"));
      for (int c = 2; c < koppen.size(); c++) {
        ws.width(c, Math.max(8, koppen.get(c).length() + 2));
      }
      int r = 2;
      for (Rij rij : t.rijen()) {
        rij(ws, r, rij);
        if (vorig.isPresent()) {
          vorig(ws, r, VorigeJaren.rij(vorig.get(), t.id(), rij));
        }
        r++;
      }
      if (t.noot().isPresent()) {
        ws.value(r + 1, 0, Escape.xlsx(t.noot().get()));
      }
      raster(t).ifPresent(m -> raster(wb.newWorksheet(t.id() + RASTER_BLAD), t, m));
    }
    if (!rapport.waarschuwingen().isEmpty()) {
      Worksheet ws = wb.newWorksheet("waarschuwingen");
      afdruk(ws, 0);
      ws.width(0, breedte(rapport.waarschuwingen().stream().map(w -> w.gemeente().toString()).toList(), "gemeente"));
      ws.width(2, breedte(rapport.waarschuwingen().stream().map(Waarschuwing::bericht).toList(), "bericht"));
      List<String> koppen = List.of("gemeente", "code", "bericht");
      for (int c = 0; c < koppen.size(); c++) {
        ws.value(0, c, Escape.xlsx(koppen.get(c)));
        ws.style(0, c).bold().set();
      }
      ws.freezePane(0, 1);
      int r = 1;
      for (Waarschuwing w : rapport.waarschuwingen()) {
        ws.value(r, 0, Escape.xlsx(w.gemeente().toString()));
        ws.value(r, 1, Escape.xlsx(w.code()));
        ws.value(r, 2, Escape.xlsx(w.bericht()));
        r++;
      }
    }
    if (vorig.isPresent()) {
      cohort(wb, vorig.get().cohort());
    }
    wb.finish();
    out.flush();
  }

  /** The tables that are a matrix, group by part, and get a sheet of it as a grid besides their rows. */
  static final Set<String> RASTERS = Set.of("F1.3", "2.2");

  /** What a grid sheet's name adds to its table's id. */
  static final String RASTER_BLAD = " raster";

  /** A {@link #RASTERS matrix} table as a matrix whose every group has one n, if it is one. */
  static Optional<Matrix> raster(Tabel t) {
    return RASTERS.contains(t.id()) ? Matrix.van(t).filter(Matrix::eenNoemerPerGroep) : Optional.empty();
  }

  /**
   * A matrix as a grid, as the page and the printed report show it: under the heading, a grid of
   * the percentages (exact fractions, formatted {@code 0%}) with each group's n, and under it a
   * grid of the counts. A suppressed count and its percentage are empty cells.
   */
  private static void raster(Worksheet ws, Tabel t, Matrix m) {
    afdruk(ws, 1);
    List<String> delen = m.delen();
    Map<Groep, List<Telrij>> perGroep = m.perGroep();
    ws.value(0, 0, Escape.xlsx(t.koptekst()));
    ws.style(0, 0).bold().set();
    ws.freezePane(1, 2);
    int breedte0 = (int) Math.min(60, breedte(perGroep.keySet().stream().map(Groep::label).toList(), "Percentage"));
    int r = 1;
    for (String soort : List.of("Percentage", "Aantal")) {
      ws.value(r, 0, soort);
      ws.style(r, 0).bold().set();
      for (int c = 0; c < delen.size(); c++) {
        ws.value(r, c + 1, Escape.xlsx(delen.get(c)));
        ws.style(r, c + 1).bold().wrapText(true).horizontalAlignment("right").verticalAlignment("bottom").set();
      }
      if (soort.equals("Percentage")) {
        ws.value(r, delen.size() + 1, "n");
        ws.style(r, delen.size() + 1).bold().horizontalAlignment("right").set();
      }
      r++;
      for (Map.Entry<Groep, List<Telrij>> e : perGroep.entrySet()) {
        ws.value(r, 0, Escape.xlsx(e.getKey().label()));
        ws.style(r, 0).wrapText(true).verticalAlignment("top").set();
        // A wrapped label's row is as tall as its lines: not every spreadsheet sizes it itself.
        ws.rowHeight(r, 15.0 * Math.max(1, (e.getKey().label().length() + breedte0 - 3) / (breedte0 - 2)));
        for (int c = 0; c < e.getValue().size(); c++) {
          Telrij tel = e.getValue().get(c);
          int rij = r;
          int kolom = c + 1;
          if (soort.equals("Percentage")) {
            tel.fractie().ifPresent(f -> procent(ws, rij, kolom, f));
          } else if (tel.aantal().isPresent()) {
            ws.value(r, kolom, tel.aantal().getAsLong());
          }
        }
        if (soort.equals("Percentage")) {
          ws.value(r, delen.size() + 1, e.getValue().get(0).noemer());
        }
        r++;
      }
      r++;
    }
    ws.width(0, breedte0);
    for (int c = 0; c < delen.size(); c++) {
      ws.width(c + 1, Math.min(18, Math.max(10, delen.get(c).length() + 2)));
    }
    ws.width(delen.size() + 1, 8);
  }

  /** The four cells of a row's earlier year, from column 5 on. */
  private static void vorig(Worksheet ws, int r, Optional<Vergelijking.Rijreeks> reeks) {
    if (reeks.isEmpty() || reeks.get().vorigJaar().isEmpty()) {
      return;
    }
    Vergelijking.Rijreeks x = reeks.get();
    ws.value(r, 5, x.vorigJaar().get().jaar());
    Rij eerder = x.jaar(x.vorigJaar().get()).orElseThrow().rij();
    OptionalLong maat = Vergelijking.maat(eerder);
    if (maat.isPresent()) {
      if (eerder instanceof Somrij) {
        ws.value(r, 6, maat.getAsLong());
      } else {
        ws.value(r, 6, BigDecimal.valueOf(maat.getAsLong()).divide(HONDERD));
        ws.style(r, 6).format("0%").set();
      }
    }
    if (x.verschil().isPresent()) {
      ws.value(r, 7, x.verschil().getAsLong());
    }
    x.noemerGewijzigd().ifPresent(b -> ws.value(r, 8, b));
  }

  /** Figuur 1.4's table: per year the three sums and the two bereik figures, with n. */
  static void cohort(Workbook wb, Cohort cohort) {
    Worksheet ws = wb.newWorksheet("cohort");
    List<String> koppen = List.of("verslagjaar", "aantalGemeenten", "doelgroeppeuters", "kindplaatsen", "bereikteDoelgroeppeuters",
        "gewogenBereik", "gemiddeldBereik", "aantalGemeentenBereik");
    for (int c = 0; c < koppen.size(); c++) {
      ws.value(0, c, Escape.xlsx(koppen.get(c)));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    int r = 1;
    for (Cohort.Jaar j : cohort.reeks()) {
      ws.value(r, 0, j.verslagjaar().jaar());
      ws.value(r, 1, cohort.gemeenten().size());
      ws.value(r, 2, j.doelgroeppeuters());
      ws.value(r, 3, j.kindplaatsen());
      ws.value(r, 4, j.bereikteDoelgroeppeuters());
      final int rij = r;
      j.gewogenBereik().waarde().ifPresent(b -> fractie(ws, rij, 5, b));
      j.gemiddeldBereik().waarde().ifPresent(b -> fractie(ws, rij, 6, b));
      ws.value(r, 7, j.gemiddeldBereik().aantal());
      r++;
    }
  }

  /** A bereik as a number of the workbook, the fractie of lea-cohort/1, shown as the report prints it. */
  private static void fractie(Worksheet ws, int r, int c, Ratio bereik) {
    ws.value(r, c, Numbers.fractie(bereik));
    ws.style(r, c).format("0%").set();
  }

  private static void rij(Worksheet ws, int r, Rij rij) {
    ws.value(r, 0, Escape.xlsx(rij.sleutel()));
    ws.value(r, 1, Escape.xlsx(rij.label()));
    if (rij instanceof Telrij t) {
      if (t.aantal().isPresent()) {
        ws.value(r, 2, t.aantal().getAsLong());
      }
      t.fractie().ifPresent(f -> procent(ws, r, f));
      ws.value(r, 4, t.noemer());
    } else if (rij instanceof Somrij s) {
      ws.value(r, 2, s.waarde());
      ws.value(r, 4, s.aantalGemeenten());
    } else {
      Gemiddelderij g = (Gemiddelderij) rij;
      g.waarde().ifPresent(f -> procent(ws, r, f));
      ws.value(r, 4, g.aantalGemeenten());
    }
  }

  /**
   * A share as the exact fraction (the nearest double, as lea's JSON writes fractions), shown as the
   * report's whole percentage by the cell's format: a calculation with it loses nothing.
   */
  private static void procent(Worksheet ws, int r, Ratio fractie) {
    procent(ws, r, 3, fractie);
  }

  private static void procent(Worksheet ws, int r, int c, Ratio fractie) {
    ws.value(r, c, fractie.doubleValue());
    ws.style(r, c).format("0%").set();
  }

  /**
   * Prints a sheet on A4, as many pages tall as it needs but one page wide, its header row on
   * every page.
   */
  private static void afdruk(Worksheet ws, int kopregel) {
    ws.paperSize(PaperSize.A4_PAPER);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    ws.repeatRows(kopregel, kopregel);
  }

  /** A column wide enough for its longest text (in characters), within Excel's limit. */
  static double breedte(List<String> teksten, String kop) {
    int langste = kop.length();
    for (String t : teksten) {
      langste = Math.max(langste, t.codePointCount(0, t.length()));
    }
    return Math.min(Worksheet.MAX_COL_WIDTH - 1, langste + 2);
  }

  /** The first sheet: every sheet of the workbook with its title and where its numbers come from. */
  private static void inhoud(Workbook wb, Rapport rapport) {
    Worksheet ws = wb.newWorksheet(INHOUD);
    afdruk(ws, 0);
    List<String> koppen = List.of("Blad", "Titel", "Bron");
    for (int c = 0; c < koppen.size(); c++) {
      ws.value(0, c, koppen.get(c));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    String vragenlijst = "Vragenlijst gemeenten, " + (rapport.verslagjaar().jaar() + 1);
    String toezicht = "Beoordelingen waarborgtoezicht, " + (rapport.verslagjaar().jaar() + 1);
    List<String> titels = new ArrayList<>();
    int r = 1;
    for (Tabel t : rapport.tabellen()) {
      ws.value(r, 0, Escape.xlsx(t.id()));
      ws.value(r, 1, Escape.xlsx(t.bijschrift()));
      ws.value(r, 2, t.id().startsWith("3.") ? toezicht : vragenlijst);
      titels.add(t.bijschrift());
      r++;
      if (raster(t).isPresent()) {
        ws.value(r, 0, Escape.xlsx(t.id() + RASTER_BLAD));
        ws.value(r, 1, Escape.xlsx(t.bijschrift() + " (raster)"));
        ws.value(r, 2, vragenlijst);
        r++;
      }
    }
    if (!rapport.waarschuwingen().isEmpty()) {
      ws.value(r, 0, "waarschuwingen");
      ws.value(r, 1, "Gemeenten met een bereik boven 100%");
      ws.value(r, 2, vragenlijst);
    }
    ws.width(0, 22);
    ws.width(1, breedte(titels, "Titel"));
    ws.width(2, vragenlijst.length() + 2);
  }
}
