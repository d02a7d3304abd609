package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lea.core.Verslagjaar;
import nl.lea.rapport.Vergelijking;
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
    schrijf(r, Optional.empty(), out);
  }

  /**
   * Renders {@code lea-rapport/1} with the earlier years (docs/jaren.md §4): after {@code
   * aantalIngevuld} the member {@code vorigeJaren} (the comparison's years before the report's),
   * in every row {@code vorigJaar}, {@code vorig} (that year's percentage, a sum row's value),
   * {@code verschil} and {@code noemerGewijzigd} (null where the comparison has none), and after
   * {@code waarschuwingen} the {@code cohort} as {@code lea-vergelijking/1} has it.
   */
  @Override
  public void render(Rapport r, Vergelijking vorigeJaren, Writer out) throws IOException {
    VorigeJaren.controleer(r, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.of(vorigeJaren), out);
  }

  private static void schrijf(Rapport r, Optional<Vergelijking> vorig, Writer out) throws IOException {
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
    if (vorig.isPresent()) {
      j.name("vorigeJaren");
      j.beginArray();
      for (Verslagjaar jaar : VorigeJaren.jaren(vorig.get())) {
        j.number(jaar.jaar());
      }
      j.endArray();
    }
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
        jsonRij(j, rij, vorig.map(v -> VorigeJaren.rij(v, t.id(), rij)));
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
    if (vorig.isPresent()) {
      j.name("cohort");
      VergelijkingRenderer.cohort(j, vorig.get().cohort());
    }
    j.endObject();
    out.write('\n');
  }

  /** A row; with earlier years ({@code reeks} present) its four members of the comparison. */
  private static void jsonRij(JsonTextWriter j, Rij rij, Optional<Optional<Vergelijking.Rijreeks>> reeks) throws IOException {
    j.beginObject();
    j.name("sleutel");
    j.string(rij.sleutel());
    j.name("label");
    j.string(rij.label());
    velden(j, rij);
    if (reeks.isPresent()) {
      Optional<Vergelijking.Rijreeks> r = reeks.get();
      Optional<Verslagjaar> jaar = r.flatMap(Vergelijking.Rijreeks::vorigJaar);
      j.name("vorigJaar");
      jaar(j, jaar);
      j.name("vorig");
      getal(j, jaar.flatMap(x -> r.get().jaar(x)).map(w -> Vergelijking.maat(w.rij())).orElse(OptionalLong.empty()));
      j.name("verschil");
      getal(j, r.map(Vergelijking.Rijreeks::verschil).orElse(OptionalLong.empty()));
      j.name("noemerGewijzigd");
      waarheid(j, r.flatMap(Vergelijking.Rijreeks::noemerGewijzigd));
    }
    j.endObject();
  }

  /** A number, or null: shared by the JSON renderers of this package. */
  static void getal(JsonTextWriter j, OptionalLong n) throws IOException {
    if (n.isPresent()) {
      j.number(n.getAsLong());
    } else {
      j.nul();
    }
  }

  /** A number, or null. */
  static void getal(JsonTextWriter j, java.util.OptionalInt n) throws IOException {
    if (n.isPresent()) {
      j.number(n.getAsInt());
    } else {
      j.nul();
    }
  }

  /** A boolean, or null. */
  static void waarheid(JsonTextWriter j, Optional<Boolean> b) throws IOException {
    if (b.isPresent()) {
      j.bool(b.get());
    } else {
      j.nul();
    }
  }

  /** A year, or null. */
  static void jaar(JsonTextWriter j, Optional<Verslagjaar> jaar) throws IOException {
    if (jaar.isPresent()) {
      j.number(jaar.get().jaar());
    } else {
      j.nul();
    }
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
