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
 * The report as Markdown tables: the format {@code markdown}.
 *
 * <p>Found through {@link java.util.ServiceLoader} as every format is; instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class MarkdownFormaat extends TekstRapportFormaat {

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public MarkdownFormaat() {}

  @Override
  public String naam() {
    return "markdown";
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
    out.write("# Landelijk rapport LEA/vve " + r.verslagjaar() + "\n\n" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in.\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n## " + Escape.markdown(t.id()) + " " + Escape.markdown(t.koptekst()) + "\n\n");
      List<String> koppen = new ArrayList<>(Cells.koppen(t));
      vorig.ifPresent(v -> koppen.addAll(VorigeJaren.koppen(v)));
      out.write("| | " + String.join(" | ", koppen) + " |\n|---|" + "---:|".repeat(koppen.size()) + "\n");
      for (Rij rij : t.rijen()) {
        List<String> cellen = new ArrayList<>(Cells.cellen(rij, "-"));
        vorig.ifPresent(v -> cellen.addAll(VorigeJaren.cellen(v, t.id(), rij, "-")));
        out.write("| " + Escape.markdown(rij.label()) + " | " + String.join(" | ", cellen.stream().map(Escape::markdown).toList())
            + " |\n");
      }
      if (t.noot().isPresent()) {
        out.write("\n" + Escape.markdown(t.noot().get()) + "\n");
      }
    }
    if (vorig.isPresent()) {
      for (String noot : VorigeJaren.voetnoten(r.tabellen(), vorig.get())) {
        out.write("\n" + Escape.markdown(noot) + "\n");
      }
      VergelijkingRenderer.cohortMarkdown(vorig.get().cohort(), out);
    }
    if (!r.waarschuwingen().isEmpty()) {
      out.write("\n## Waarschuwingen\n\n");
      for (Waarschuwing w : r.waarschuwingen()) {
        out.write("- " + Escape.markdown(w.gemeente().toString()) + " `" + w.code() + "`: "
            + Escape.markdown(w.bericht()) + "\n");
      }
    }
  }
}
