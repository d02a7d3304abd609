package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Vergelijking;
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
    schrijf(r, Optional.empty(), out);
  }

  /**
   * Renders the report with two more columns, the previous value and the verschil, the footnotes
   * they need, and the cohort at the end.
   */
  @Override
  public void render(Rapport r, Vergelijking vorigeJaren, Writer out) throws IOException {
    VorigeJaren.controleer(r, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.of(vorigeJaren), out);
  }

  private static void schrijf(Rapport r, Optional<Vergelijking> vorig, Writer out) throws IOException {
    out.write("Landelijk rapport LEA/vve " + r.verslagjaar() + " (" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in)\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n" + Escape.tekst(t.id()) + "  " + Escape.tekst(t.koptekst()) + "\n\n");
      List<String> koppen = new ArrayList<>(Cells.koppen(t));
      vorig.ifPresent(v -> koppen.addAll(VorigeJaren.koppen(v)));
      List<List<String>> regels = new ArrayList<>();
      for (Rij rij : t.rijen()) {
        List<String> c = new ArrayList<>(Cells.cellen(rij, "-"));
        vorig.ifPresent(v -> c.addAll(VorigeJaren.cellen(v, t.id(), rij, "-")));
        regels.add(c);
      }
      int breedte = t.rijen().stream().mapToInt(x -> Escape.tekst(x.label()).length()).max().orElse(0);
      int[] kolom = new int[koppen.size()];
      for (int i = 0; i < kolom.length; i++) {
        kolom[i] = koppen.get(i).length();
        for (List<String> c : regels) {
          kolom[i] = Math.max(kolom[i], c.get(i).length());
        }
      }
      regel(out, "", koppen, breedte, kolom);
      for (int i = 0; i < regels.size(); i++) {
        regel(out, Escape.tekst(t.rijen().get(i).label()), regels.get(i), breedte, kolom);
      }
      if (t.noot().isPresent()) {
        out.write("  " + Escape.tekst(t.noot().get()) + "\n");
      }
    }
    if (vorig.isPresent()) {
      List<String> noten = VorigeJaren.voetnoten(r.tabellen(), vorig.get());
      if (!noten.isEmpty()) {
        out.write("\n");
        for (String noot : noten) {
          out.write(noot + "\n");
        }
      }
      VergelijkingRenderer.cohortTekst(vorig.get().cohort(), out);
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
    for (int i = 0; i < kolom.length; i++) {
      b.append("  ").append(" ".repeat(kolom[i] - cellen.get(i).length())).append(cellen.get(i));
    }
    out.write(b.toString().stripTrailing() + "\n");
  }
}
