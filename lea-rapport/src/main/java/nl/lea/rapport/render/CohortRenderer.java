package nl.lea.rapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.json.JsonTextWriter;
import org.apiguardian.api.API;

/**
 * Renders the cohort of report Figuur 1.4 as JSON ({@code lea-cohort/1}) or CSV (one line per
 * year): per year the three sums over the cohort and its pooled ({@code gewogenBereik}) and mean
 * ({@code gemiddeldBereik}) bereik, each with its percentage, its fractie and the number of
 * gemeenten it is over (docs/jaren.md). For example:
 *
 * <pre>{@code
 * String json = CohortRenderer.render(Cohort.van(List.of(v2020, v2021, v2022)), Formaat.JSON);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CohortRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-cohort/1";

  private CohortRenderer() {}

  /**
   * Renders a cohort to a string.
   *
   * @param cohort the cohort, not null
   * @param formaat JSON or CSV, not null
   * @return the rendering, not null
   * @throws DomainValidationException if an argument is null
   */
  public static String render(Cohort cohort, Formaat formaat) {
    return Output.alsTekst(w -> render(cohort, formaat, w));
  }

  /**
   * Renders a cohort to a writer, which is not flushed or closed.
   *
   * @param cohort the cohort, not null
   * @param formaat JSON or CSV, not null
   * @param out where the rendering goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Cohort cohort, Formaat formaat, Writer out) {
    DomainValidationException.requireNonNull(cohort, "cohort");
    Output.jsonOfCsv(formaat, out, w -> json(cohort, w), w -> csv(cohort, w));
  }

  private static void json(Cohort cohort, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, false);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("jaren");
    j.beginArray();
    for (Verslagjaar jaar : cohort.jaren()) {
      j.number(jaar.jaar());
    }
    j.endArray();
    j.name("aantalGemeenten");
    j.number(cohort.gemeenten().size());
    j.name("gemeenten");
    j.beginArray();
    for (Gemeentecode code : cohort.gemeenten()) {
      j.string(code.toString());
    }
    j.endArray();
    j.name("reeks");
    j.beginArray();
    for (Cohort.Jaar jaar : cohort.reeks()) {
      jaar(j, jaar);
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  /** One year of the cohort, as {@code lea-cohort/1} and {@code lea-vergelijking/1} write it. */
  static void jaar(JsonTextWriter j, Cohort.Jaar jaar) throws IOException {
    j.beginObject();
    j.name("verslagjaar");
    j.number(jaar.verslagjaar().jaar());
    j.name("doelgroeppeuters");
    j.number(jaar.doelgroeppeuters());
    j.name("kindplaatsen");
    j.number(jaar.kindplaatsen());
    j.name("bereikteDoelgroeppeuters");
    j.number(jaar.bereikteDoelgroeppeuters());
    bereik(j, "gewogenBereik", jaar.gewogenBereik().waarde(), jaar.gewogenBereik().aantal());
    bereik(j, "gemiddeldBereik", jaar.gemiddeldBereik().waarde(), jaar.gemiddeldBereik().aantal());
    j.endObject();
  }

  /** A bereik as table {@code bereik}'s mean rows have it: percentage, fractie and the number of gemeenten. */
  private static void bereik(JsonTextWriter j, String naam, Optional<Ratio> waarde, long aantal) throws IOException {
    j.name(naam);
    j.beginObject();
    j.name("percentage");
    if (waarde.isPresent()) {
      j.number(waarde.get().procent());
    } else {
      j.nul();
    }
    j.name("fractie");
    if (waarde.isPresent()) {
      j.number(Numbers.fractie(waarde.get()));
    } else {
      j.nul();
    }
    j.name("aantalGemeenten");
    j.number(aantal);
    j.endObject();
  }

  private static void csv(Cohort cohort, Writer out) throws IOException {
    Csv.regel(out, List.of("verslagjaar", "aantalGemeenten", "doelgroeppeuters", "kindplaatsen", "bereikteDoelgroeppeuters",
        "gewogenBereik", "gemiddeldBereik", "aantalGemeentenBereik"));
    for (Cohort.Jaar jaar : cohort.reeks()) {
      Csv.regel(out, List.of(jaar.verslagjaar().toString(), Integer.toString(cohort.gemeenten().size()),
          Long.toString(jaar.doelgroeppeuters()), Long.toString(jaar.kindplaatsen()),
          Long.toString(jaar.bereikteDoelgroeppeuters()), fractie(jaar.gewogenBereik().waarde()),
          fractie(jaar.gemiddeldBereik().waarde()), Long.toString(jaar.gemiddeldBereik().aantal())));
    }
  }

  private static String fractie(Optional<Ratio> waarde) {
    return waarde.map(r -> Numbers.fractie(r).toPlainString()).orElse("");
  }
}
