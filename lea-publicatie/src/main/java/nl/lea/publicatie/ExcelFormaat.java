package nl.lea.publicatie;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Gemiddelderij;
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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an Excel workbook, the format {@code xlsx}, for analysts: one sheet per table,
 * named by the table's id, and a sheet {@code waarschuwingen} when the report has warnings.
 *
 * <p>Each table sheet has the heading as the report prints it ({@link Tabel#koptekst()}) in its
 * first row, a header row (frozen, so it stays in view), then one row per table row: {@code
 * sleutel}, {@code label}, {@code aantal} (counts and sums), {@code percentage} and {@code n} (the
 * denominator, or the number of gemeenten of a sum or mean). Numbers are numeric cells; a
 * percentage is the printed whole percentage as a number ({@code 0.94}) formatted {@code 0%}. A
 * suppressed count, or a percentage that is undefined, is an empty cell. A table's {@link
 * Tabel#noot() note} follows its rows after an empty row. Texts are stored as text, never as
 * formulas.
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

  /** The columns of a table sheet. */
  static final List<String> KOPPEN = List.of("sleutel", "label", "aantal", "percentage", "n");

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
   * Writes the workbook with earlier years: each table sheet gains the columns {@code vorigJaar},
   * {@code vorig} (that year's percentage, formatted {@code 0%}, or a sum row's value), {@code
   * verschil} (percentage points, or the sum's difference) and {@code noemerGewijzigd}, and a
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
  static final List<String> VORIGE_KOPPEN = List.of("vorigJaar", "vorig", "verschil", "noemerGewijzigd");

  private static void schrijf(Rapport rapport, Optional<Vergelijking> vorig, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "lea", null);
    for (Tabel t : rapport.tabellen()) {
      Worksheet ws = wb.newWorksheet(t.id());
      ws.value(0, 0, Escape.xlsx(t.koptekst()));
      ws.style(0, 0).bold().set();
      List<String> koppen = new java.util.ArrayList<>(KOPPEN);
      if (vorig.isPresent()) {
        koppen.addAll(VORIGE_KOPPEN);
      }
      for (int c = 0; c < koppen.size(); c++) {
        ws.value(1, c, Escape.xlsx(koppen.get(c)));
        ws.style(1, c).bold().set();
      }
      ws.freezePane(0, 2);
      ws.width(0, 28);
      ws.width(1, 60);
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
    }
    if (!rapport.waarschuwingen().isEmpty()) {
      Worksheet ws = wb.newWorksheet("waarschuwingen");
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
      t.percentage().ifPresent(p -> procent(ws, r, p));
      ws.value(r, 4, t.noemer());
    } else if (rij instanceof Somrij s) {
      ws.value(r, 2, s.waarde());
      ws.value(r, 4, s.aantalGemeenten());
    } else {
      Gemiddelderij g = (Gemiddelderij) rij;
      g.percentage().ifPresent(p -> procent(ws, r, p));
      ws.value(r, 4, g.aantalGemeenten());
    }
  }

  private static void procent(Worksheet ws, int r, int procent) {
    ws.value(r, 3, BigDecimal.valueOf(procent).divide(HONDERD));
    ws.style(r, 3).format("0%").set();
  }
}
