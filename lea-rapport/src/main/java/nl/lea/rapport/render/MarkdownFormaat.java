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
    out.write("# Landelijk rapport LEA/vve " + r.verslagjaar() + "\n\n" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in.\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n## " + Escape.markdown(t.id()) + " " + Escape.markdown(t.koptekst()) + "\n\n");
      List<String> koppen = Cells.koppen(t);
      out.write("| | " + String.join(" | ", koppen) + " |\n|---|---:|---:|---:|\n");
      for (Rij rij : t.rijen()) {
        out.write("| " + Escape.markdown(rij.label()) + " | " + String.join(" | ", Cells.cellen(rij, "-")) + " |\n");
      }
      if (t.noot().isPresent()) {
        out.write("\n" + Escape.markdown(t.noot().get()) + "\n");
      }
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
