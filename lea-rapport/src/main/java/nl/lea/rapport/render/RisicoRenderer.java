package nl.lea.rapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;
import org.apiguardian.api.API;

/**
 * Renders risk profiles per gemeente as JSON ({@code lea-risico/1}) or CSV: code, naam, categorie
 * and the codes of the rules that fired, in document order. For example:
 *
 * <pre>{@code
 * String json = RisicoRenderer.render(v.verslagjaar(), Risicoanalyse.standaard().profielen(v), Formaat.JSON);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RisicoRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-risico/1";

  private RisicoRenderer() {}

  /**
   * Renders profiles to a string.
   *
   * @param verslagjaar the year, not null
   * @param profielen the profiles in document order, not null
   * @param formaat JSON or CSV, not null
   * @return the rendering, not null
   * @throws DomainValidationException if an argument is null
   */
  public static String render(Verslagjaar verslagjaar, List<Risicoprofiel> profielen, Formaat formaat) {
    return Output.alsTekst(w -> render(verslagjaar, profielen, formaat, w));
  }

  /**
   * Renders profiles to a writer, which is not flushed or closed.
   *
   * @param verslagjaar the year, not null
   * @param profielen the profiles in document order, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Verslagjaar verslagjaar, List<Risicoprofiel> profielen, Formaat formaat, Writer out) {
    DomainValidationException.requireNoNulls(profielen, "profielen");
    DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
    Output.jsonOfCsv(formaat, out, w -> json(verslagjaar, profielen, w), w -> csv(profielen, w));
  }

  private static void json(Verslagjaar verslagjaar, List<Risicoprofiel> profielen, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, false);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("verslagjaar");
    j.number(verslagjaar.jaar());
    j.name("gemeenten");
    j.beginArray();
    for (Risicoprofiel p : profielen) {
      j.beginObject();
      j.name("code");
      j.string(p.gemeente().code().toString());
      j.name("naam");
      j.string(p.gemeente().naam());
      j.name("categorie");
      j.string(p.categorie().name());
      j.name("regels");
      j.beginArray();
      for (Risicoregel r : p.regels()) {
        j.string(r.code());
      }
      j.endArray();
      j.endObject();
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  private static void csv(List<Risicoprofiel> profielen, Writer out) throws IOException {
    Csv.regel(out, List.of("code", "naam", "categorie", "regels"));
    for (Risicoprofiel p : profielen) {
      Csv.regel(out, List.of(p.gemeente().code().toString(), p.gemeente().naam(), p.categorie().name(),
          p.regels().stream().map(Risicoregel::code).collect(Collectors.joining(" "))));
    }
  }
}
