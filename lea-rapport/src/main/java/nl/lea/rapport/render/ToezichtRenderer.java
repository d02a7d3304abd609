package nl.lea.rapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.toezicht.Domein;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * Renders the judged waarborgtoezicht per gemeente as JSON ({@code lea-toezichtoverzicht/1}) or
 * CSV (docs/toezicht.md §6): fired rules, accepted rules, signal domeinen, category before and after
 * judgement and the Afhandeling per domein, in document order. For example:
 *
 * <pre>{@code
 * String csv = ToezichtRenderer.render(v.verslagjaar(), Toezicht.beoordeel(v, b), Formaat.CSV);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ToezichtRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-toezichtoverzicht/1";

  private ToezichtRenderer() {}

  /**
   * Renders the outcomes to a string.
   *
   * @param verslagjaar the year, not null
   * @param uitkomsten the outcomes in document order, not null
   * @param formaat JSON or CSV, not null
   * @return the rendering, not null
   * @throws DomainValidationException if an argument is null
   */
  public static String render(Verslagjaar verslagjaar, List<Toezichtuitkomst> uitkomsten, Formaat formaat) {
    return Output.alsTekst(w -> render(verslagjaar, uitkomsten, formaat, w));
  }

  /**
   * Renders the outcomes to a writer, which is not flushed or closed.
   *
   * @param verslagjaar the year, not null
   * @param uitkomsten the outcomes in document order, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Verslagjaar verslagjaar, List<Toezichtuitkomst> uitkomsten, Formaat formaat, Writer out) {
    DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
    DomainValidationException.requireNoNulls(uitkomsten, "uitkomsten");
    Output.jsonOfCsv(formaat, out, w -> json(verslagjaar, uitkomsten, w), w -> csv(uitkomsten, w));
  }

  private static void json(Verslagjaar verslagjaar, List<Toezichtuitkomst> uitkomsten, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, false);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("verslagjaar");
    j.number(verslagjaar.jaar());
    j.name("gemeenten");
    j.beginArray();
    for (Toezichtuitkomst u : uitkomsten) {
      j.beginObject();
      j.name("code");
      j.string(u.gemeente().code().toString());
      j.name("naam");
      j.string(u.gemeente().naam());
      j.name("regels");
      strings(j, codes(u.regels()));
      j.name("aanvaard");
      strings(j, codes(u.aanvaard()));
      j.name("signalen");
      strings(j, signalen(u));
      j.name("categorieVoor");
      j.string(u.categorieVoor().name());
      j.name("categorieNa");
      j.string(u.categorieNa().name());
      j.name("afhandeling");
      j.beginObject();
      for (Domein d : Domein.values()) {
        j.name(d.name());
        j.string(u.afhandeling(d).name());
      }
      j.endObject();
      j.endObject();
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  private static void csv(List<Toezichtuitkomst> uitkomsten, Writer out) throws IOException {
    Csv.regel(out, List.of("code", "naam", "regels", "aanvaard", "signalen", "categorieVoor", "categorieNa", "lea", "vve"));
    for (Toezichtuitkomst u : uitkomsten) {
      Csv.regel(out, List.of(u.gemeente().code().toString(), u.gemeente().naam(), String.join(" ", codes(u.regels())),
          String.join(" ", codes(u.aanvaard())), String.join(" ", signalen(u)), u.categorieVoor().name(), u.categorieNa().name(),
          u.afhandeling(Domein.LEA).name(), u.afhandeling(Domein.VVE).name()));
    }
  }

  private static List<String> codes(List<Risicoregel> regels) {
    return regels.stream().map(Risicoregel::code).collect(Collectors.toList());
  }

  /** The domeinen with a signal, LEA before VVE. */
  private static List<String> signalen(Toezichtuitkomst u) {
    return u.signalen().stream().sorted().map(Domein::name).collect(Collectors.toList());
  }

  private static void strings(JsonTextWriter j, List<String> waarden) throws IOException {
    j.beginArray();
    for (String w : waarden) {
      j.string(w);
    }
    j.endArray();
  }
}
