package nl.lea.publicatie;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.render.Escape;
import nl.lea.rapport.render.VergelijkingRegels;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link Vergelijking} (docs/jaren.md §4) as an Excel workbook for analysts: a sheet {@code
 * documenten} (per document its year, T, N and the niet-vergelijkbare gemeenten), a sheet {@code
 * rijen} with one line per table, row and year, the columns of the comparison's CSV (the
 * comparison's last year carries the verschil, the transitions' later year their 2×2, the cohort is
 * the table {@code cohort}) as numeric cells, a percentage as the printed whole percentage
 * formatted {@code 0%}; and a sheet {@code cohort} with Figuur 1.4's table. Texts are stored as
 * text, never as formulas. For example:
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("vergelijking.xlsx"))) {
 *   VergelijkingExcel.render(vergelijking, out);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class VergelijkingExcel {

  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  private VergelijkingExcel() {}

  /**
   * Writes the workbook. The stream is flushed but not closed.
   *
   * @param v the comparison, not null
   * @param out where the xlsx bytes go, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null
   */
  public static void render(Vergelijking v, OutputStream out) throws IOException {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    Workbook wb = new Workbook(out, "lea", null);
    Worksheet docs = wb.newWorksheet("documenten");
    kop(docs, List.of("verslagjaar", "aantalGemeenten", "aantalIngevuld", "nietVergelijkbaar"));
    int r = 1;
    for (Vergelijking.Document d : v.documenten()) {
      docs.value(r, 0, d.verslagjaar().jaar());
      docs.value(r, 1, d.aantalGemeenten());
      docs.value(r, 2, d.aantalIngevuld());
      docs.value(r, 3, Escape.xlsx(String.join(" ", d.nietVergelijkbaar().stream().map(Object::toString).toList())));
      r++;
    }
    Worksheet ws = wb.newWorksheet("rijen");
    kop(ws, VergelijkingRegels.KOPPEN);
    ws.width(0, 18);
    ws.width(1, 28);
    ws.width(2, 60);
    r = 1;
    for (List<Object> regel : VergelijkingRegels.regels(v)) {
      for (int c = 0; c < regel.size(); c++) {
        Object x = regel.get(c);
        if (x == null) {
          continue;
        }
        if (c == VergelijkingRegels.PERCENTAGE) {
          ws.value(r, c, BigDecimal.valueOf((Long) x).divide(HONDERD));
          ws.style(r, c).format("0%").set();
        } else if (x instanceof Long n) {
          ws.value(r, c, n);
        } else if (x instanceof BigDecimal d) {
          ws.value(r, c, d);
        } else if (x instanceof Boolean b) {
          ws.value(r, c, b);
        } else {
          ws.value(r, c, Escape.xlsx((String) x));
        }
      }
      r++;
    }
    ExcelFormaat.cohort(wb, v.cohort());
    wb.finish();
    out.flush();
  }

  private static void kop(Worksheet ws, List<String> koppen) {
    for (int c = 0; c < koppen.size(); c++) {
      ws.value(0, c, Escape.xlsx(koppen.get(c)));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
  }
}
