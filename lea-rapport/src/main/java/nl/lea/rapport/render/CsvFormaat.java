package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import org.apiguardian.api.API;

/**
 * The report as CSV, one line per row of every table with the table id: the format {@code csv}.
 *
 * <p>Found through {@link java.util.ServiceLoader} as every format is; instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class CsvFormaat extends TekstRapportFormaat {

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public CsvFormaat() {}

  @Override
  public String naam() {
    return "csv";
  }

  @Override
  public void render(Rapport r, Writer out) throws IOException {
    DomainValidationException.requireNonNull(r, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    Csv.regel(out, List.of("tabel", "sleutel", "label", "aantal", "noemer", "percentage", "waarde", "fractie", "aantalGemeenten", "onderdrukt"));
    for (Tabel t : r.tabellen()) {
      for (Rij rij : t.rijen()) {
        List<String> v = new ArrayList<>(List.of(t.id(), rij.sleutel(), rij.label()));
        if (rij instanceof Telrij) {
          Telrij c = (Telrij) rij;
          v.addAll(List.of(Numbers.tekst(c.aantal()), Long.toString(c.noemer()), Numbers.tekst(c.percentage()), "", "", "",
              Boolean.toString(c.onderdrukt())));
        } else if (rij instanceof Somrij) {
          Somrij s = (Somrij) rij;
          v.addAll(List.of("", "", "", Long.toString(s.waarde()), "", Long.toString(s.aantalGemeenten()), "false"));
        } else {
          Gemiddelderij g = (Gemiddelderij) rij;
          v.addAll(List.of("", "", Numbers.tekst(g.percentage()), "",
              g.waarde().map(x -> Numbers.fractie(x).toPlainString()).orElse(""), Long.toString(g.aantalGemeenten()), "false"));
        }
        Csv.regel(out, v);
      }
    }
  }
}
