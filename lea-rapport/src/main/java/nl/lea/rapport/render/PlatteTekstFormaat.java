package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Waarschuwing;
import org.apiguardian.api.API;

/**
 * The report as aligned plain-text tables, like the printed report: the format {@code tekst}.
 *
 * <p>Found through {@link java.util.ServiceLoader} as every format is; instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class PlatteTekstFormaat extends TekstRapportFormaat {

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public PlatteTekstFormaat() {}

  @Override
  public String naam() {
    return "tekst";
  }

  @Override
  public void render(Rapport r, Writer out) throws IOException {
    DomainValidationException.requireNonNull(r, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    out.write("Landelijk rapport LEA/vve " + r.verslagjaar() + " (" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in)\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n" + Escape.tekst(t.id()) + "  " + Escape.tekst(t.koptekst()) + "\n\n");
      List<String> koppen = Cells.koppen(t);
      int breedte = t.rijen().stream().mapToInt(x -> Escape.tekst(x.label()).length()).max().orElse(0);
      int[] kolom = new int[3];
      for (int i = 0; i < 3; i++) {
        kolom[i] = koppen.get(i).length();
      }
      for (Rij rij : t.rijen()) {
        List<String> c = Cells.cellen(rij, "-");
        for (int i = 0; i < 3; i++) {
          kolom[i] = Math.max(kolom[i], c.get(i).length());
        }
      }
      regel(out, "", koppen, breedte, kolom);
      for (Rij rij : t.rijen()) {
        regel(out, Escape.tekst(rij.label()), Cells.cellen(rij, "-"), breedte, kolom);
      }
      if (t.noot().isPresent()) {
        out.write("  " + Escape.tekst(t.noot().get()) + "\n");
      }
    }
    if (!r.waarschuwingen().isEmpty()) {
      out.write("\nWaarschuwingen\n\n");
      for (Waarschuwing w : r.waarschuwingen()) {
        out.write("  " + Escape.tekst(w.gemeente().toString()) + "  " + Escape.tekst(w.code()) + "  " + Escape.tekst(w.bericht()) + "\n");
      }
    }
  }

  private static void regel(Writer out, String label, List<String> cellen, int breedte, int[] kolom) throws IOException {
    StringBuilder b = new StringBuilder("  ").append(label);
    b.append(" ".repeat(breedte - label.length()));
    for (int i = 0; i < 3; i++) {
      b.append("  ").append(" ".repeat(kolom[i] - cellen.get(i).length())).append(cellen.get(i));
    }
    out.write(b.toString().stripTrailing() + "\n");
  }
}
