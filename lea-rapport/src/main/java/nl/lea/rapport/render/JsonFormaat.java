package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Waarschuwing;
import org.apiguardian.api.API;

/**
 * The report as JSON, {@code lea-rapport/1} (docs/rapport.md): the format {@code json}.
 *
 * <p>Found through {@link java.util.ServiceLoader} as every format is; instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class JsonFormaat extends TekstRapportFormaat {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-rapport/1";

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public JsonFormaat() {}

  @Override
  public String naam() {
    return "json";
  }

  @Override
  public void render(Rapport r, Writer out) throws IOException {
    DomainValidationException.requireNonNull(r, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    JsonTextWriter j = new JsonTextWriter(out, true);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("verslagjaar");
    j.number(r.verslagjaar().jaar());
    j.name("aantalGemeenten");
    j.number(r.aantalGemeenten());
    j.name("aantalIngevuld");
    j.number(r.aantalIngevuld());
    j.name("tabellen");
    j.beginArray();
    for (Tabel t : r.tabellen()) {
      j.beginObject();
      j.name("id");
      j.string(t.id());
      j.name("titel");
      j.string(t.titel());
      j.name("rijen");
      j.beginArray();
      for (Rij rij : t.rijen()) {
        jsonRij(j, rij);
      }
      j.endArray();
      j.endObject();
    }
    j.endArray();
    j.name("waarschuwingen");
    j.beginArray();
    for (Waarschuwing w : r.waarschuwingen()) {
      j.beginObject();
      j.name("gemeente");
      j.string(w.gemeente().toString());
      j.name("code");
      j.string(w.code());
      j.name("bericht");
      j.string(w.bericht());
      j.endObject();
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  private static void jsonRij(JsonTextWriter j, Rij rij) throws IOException {
    j.beginObject();
    j.name("sleutel");
    j.string(rij.sleutel());
    j.name("label");
    j.string(rij.label());
    velden(j, rij);
    j.endObject();
  }

  /** A row's data members as {@code lea-rapport/1} writes them, also for {@code lea-vergelijking/1}. */
  static void velden(JsonTextWriter j, Rij rij) throws IOException {
    if (rij instanceof Telrij) {
      Telrij t = (Telrij) rij;
      j.name("aantal");
      if (t.aantal().isPresent()) {
        j.number(t.aantal().getAsLong());
      } else {
        j.nul();
      }
      j.name("noemer");
      j.number(t.noemer());
      j.name("percentage");
      if (t.percentage().isPresent()) {
        j.number(t.percentage().getAsInt());
      } else {
        j.nul();
      }
      if (t.onderdrukt()) {
        j.name("onderdrukt");
        j.bool(true);
      }
    } else if (rij instanceof Somrij) {
      Somrij s = (Somrij) rij;
      j.name("waarde");
      j.number(s.waarde());
      j.name("aantalGemeenten");
      j.number(s.aantalGemeenten());
    } else {
      Gemiddelderij g = (Gemiddelderij) rij;
      j.name("percentage");
      if (g.percentage().isPresent()) {
        j.number(g.percentage().getAsInt());
      } else {
        j.nul();
      }
      j.name("fractie");
      if (g.waarde().isPresent()) {
        j.number(Numbers.fractie(g.waarde().get()));
      } else {
        j.nul();
      }
      j.name("aantalGemeenten");
      j.number(g.aantalGemeenten());
    }
  }
}
