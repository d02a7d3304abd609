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

  /** The schema name of the JSON output for one definition. */
  public static final String SCHEMA = "lea-indicatie/1";
  /** The schema name of the JSON output for several definitions. */
  public static final String SCHEMA_MEERDERE = "lea-indicaties/1";

  private IndicatieRenderer() {}

  /**
   * Renders the counts to a string.
   *
   * @param definitie the definition counted with, not null
   * @param telling the counts, not null
   * @param formaat JSON or CSV, not null
   * @return the rendering, not null
   * @throws DomainValidationException if an argument is null
   */
  public static String render(Doelgroepdefinitie definitie, PeuterTelling telling, Formaat formaat) {
    return Output.alsTekst(w -> render(definitie, telling, formaat, w));
  }

  /**
   * Renders the counts to a writer, which is not flushed or closed.
   *
   * @param definitie the definition counted with, not null
   * @param telling the counts, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Doelgroepdefinitie definitie, PeuterTelling telling, Formaat formaat, Writer out) {
    DomainValidationException.requireNonNull(definitie, "definitie");
    DomainValidationException.requireNonNull(telling, "telling");
    Output.jsonOfCsv(formaat, out, w -> json(definitie, telling, w), w -> csv(telling, w));
  }

  /**
   * Renders the counts of several definitions: JSON {@code lea-indicaties/1} (each entry the {@code
   * lea-indicatie/1} object without {@code schema}, plus {@code totaal} over all gemeenten), or CSV
   * with one row per definition and gemeente.
   *
   * @param definities the definitions, in the order to show, not null
   * @param tellingen their counts, at the same index, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException if an argument is null, or the lists have different sizes
   * @throws UncheckedIOException if writing fails
   */
  public static void render(List<Doelgroepdefinitie> definities, List<PeuterTelling> tellingen, Formaat formaat, Writer out) {
    DomainValidationException.requireNoNulls(definities, "definities");
    DomainValidationException.requireNoNulls(tellingen, "tellingen");
    if (definities.size() != tellingen.size()) {
      throw new DomainValidationException("tellingen", "must hold one counting per definition (" + definities.size() + ")",
          tellingen.size());
    }
    Output.jsonOfCsv(formaat, out, w -> {
      JsonTextWriter j = new JsonTextWriter(w, false);
      j.beginObject();
      j.name("schema");
      j.string(SCHEMA_MEERDERE);
      j.name("definities");
      j.beginArray();
      for (int i = 0; i < definities.size(); i++) {
        j.beginObject();
        velden(j, definities.get(i), tellingen.get(i), true);
        j.endObject();
      }
      j.endArray();
      j.endObject();
      w.write('\n');
    }, w -> {
      Csv.regel(w, List.of("definitie", "omvang", "code", "doelgroeppeuters", "bereikteDoelgroeppeuters", "bereik"));
      for (int i = 0; i < definities.size(); i++) {
        Doelgroepdefinitie d = definities.get(i);
        for (PeuterTelling.Gemeente g : tellingen.get(i).perGemeente().values()) {
          Csv.regel(w, List.of(d.expressie(), d.omvang().map(Enum::name).orElse(""), g.code().toString(),
              Long.toString(g.doelgroeppeuters()), Long.toString(g.bereikteDoelgroeppeuters()),
              g.bereik().map(b -> Numbers.fractie(b).toPlainString()).orElse("")));
        }
      }
    });
  }

  private static void json(Doelgroepdefinitie definitie, PeuterTelling telling, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, false);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    velden(j, definitie, telling, false);
    j.endObject();
    out.write('\n');
  }

  private static void velden(JsonTextWriter j, Doelgroepdefinitie definitie, PeuterTelling telling, boolean metTotaal)
      throws IOException {
    j.name("definitie");
    j.string(definitie.expressie());
    j.name("omvang");
    if (definitie.omvang().isPresent()) {
      j.string(definitie.omvang().get().name());
    } else {
      j.nul();
    }
    if (metTotaal) {
      j.name("totaal");
      j.beginObject();
      aantallen(j, telling.totaal());
      j.endObject();
    }
    j.name("gemeenten");
    j.beginArray();
    for (PeuterTelling.Gemeente g : telling.perGemeente().values()) {
      j.beginObject();
      j.name("code");
      j.string(g.code().toString());
      aantallen(j, g);
      j.endObject();
    }
    j.endArray();
  }

  private static void aantallen(JsonTextWriter j, PeuterTelling.Gemeente g) throws IOException {
    j.name("doelgroeppeuters");
    j.number(g.doelgroeppeuters());
    j.name("bereikteDoelgroeppeuters");
    j.number(g.bereikteDoelgroeppeuters());
    j.name("bereik");
    if (g.bereik().isPresent()) {
      j.number(Numbers.fractie(g.bereik().get()));
    } else {
      j.nul();
    }
  }

  private static void csv(PeuterTelling telling, Writer out) throws IOException {
    Csv.regel(out, List.of("code", "doelgroeppeuters", "bereikteDoelgroeppeuters", "bereik"));
    for (PeuterTelling.Gemeente g : telling.perGemeente().values()) {
      Csv.regel(out, List.of(g.code().toString(), Long.toString(g.doelgroeppeuters()),
          Long.toString(g.bereikteDoelgroeppeuters()), g.bereik().map(b -> Numbers.fractie(b).toPlainString()).orElse("")));
    }
  }
}
