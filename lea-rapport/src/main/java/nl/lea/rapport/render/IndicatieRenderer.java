package nl.lea.rapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import nl.lea.bereik.PeuterTelling;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.JsonTextWriter;
import org.apiguardian.api.API;

/**
 * Renders the counts of an indicatie over a toddler register as JSON ({@code lea-indicatie/1}) or
 * CSV: per gemeente, sorted by code, doelgroeppeuters, bereikte doelgroeppeuters and bereik, with
 * the normalised definition and its width class. For example:
 *
 * <pre>{@code
 * String json = IndicatieRenderer.render(definitie, telling, Formaat.JSON);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IndicatieRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-indicatie/1";

  private IndicatieRenderer() {}

  /**
   * Renders the counts to a string.
   *
   * @param definitie the definition counted with, not null
   * @param telling the counts, not null
   * @param formaat JSON or CSV, not null
   * @return the rendering, not null
   * @throws DomainValidationException for another format
   */
  public static String render(Doelgroepdefinitie definitie, PeuterTelling telling, Formaat formaat) {
    return Uitvoer.alsTekst(w -> render(definitie, telling, formaat, w));
  }

  /**
   * Renders the counts to a writer, which is not flushed or closed.
   *
   * @param definitie the definition counted with, not null
   * @param telling the counts, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException for another format
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Doelgroepdefinitie definitie, PeuterTelling telling, Formaat formaat, Writer out) {
    Uitvoer.jsonOfCsv(formaat, "An indicatie", out, w -> json(definitie, telling, w), w -> csv(telling, w));
  }

  private static void json(Doelgroepdefinitie definitie, PeuterTelling telling, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, false);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("definitie");
    j.string(definitie.expressie());
    j.name("omvang");
    if (definitie.omvang().isPresent()) {
      j.string(definitie.omvang().get().name());
    } else {
      j.nul();
    }
    j.name("gemeenten");
    j.beginArray();
    for (PeuterTelling.Gemeente g : telling.perGemeente().values()) {
      j.beginObject();
      j.name("code");
      j.string(g.code().toString());
      j.name("doelgroeppeuters");
      j.number(g.doelgroeppeuters());
      j.name("bereikteDoelgroeppeuters");
      j.number(g.bereikteDoelgroeppeuters());
      j.name("bereik");
      if (g.bereik().isPresent()) {
        j.number(Getallen.fractie(g.bereik().get()));
      } else {
        j.nul();
      }
      j.endObject();
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  private static void csv(PeuterTelling telling, Writer out) throws IOException {
    Csv.regel(out, List.of("code", "doelgroeppeuters", "bereikteDoelgroeppeuters", "bereik"));
    for (PeuterTelling.Gemeente g : telling.perGemeente().values()) {
      Csv.regel(out, List.of(g.code().toString(), Long.toString(g.doelgroeppeuters()),
          Long.toString(g.bereikteDoelgroeppeuters()), g.bereik().map(b -> Getallen.fractie(b).toPlainString()).orElse("")));
    }
  }
}
