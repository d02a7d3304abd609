package nl.lea.publicatie;

import static nl.lea.publicatie.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.render.Cells;
import nl.lea.rapport.render.VergelijkingRenderer;
import nl.lea.rapport.render.VorigeJaren;
import org.apiguardian.api.API;

/**
 * A {@link Vergelijking} (docs/jaren.md §4) as one self-contained HTML page, with the guarantees of
 * {@link HtmlFormaat}: no script, nothing outside the page, every text escaped. Per table a
 * section with a column per year and the verschil (marked {@code *} when the noemer changed by
 * more than 5%, {@code g} after a published figure, each with its footnote), the 2×2 of the
 * gemeenten's transitions for the four supervision rows, and a line chart
 * ({@code <figure id="figuur-TABEL-SLEUTEL">}) for every percentage row whose verschil is 5 points
 * or more either way; then the cohort with Figuur 1.4. For example:
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("vergelijking.html"))) {
 *   VergelijkingHtml.render(Vergelijking.van(documenten, LeaJson.herindelingenNl(), LeaJson.cijfersNl()), w);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class VergelijkingHtml {

  /** The smallest verschil, in percentage points either way, that draws a row's line chart. */
  public static final int GRAFIEK_VANAF = 5;

  private VergelijkingHtml() {}

  /**
   * Writes the page. The writer is not flushed or closed.
   *
   * @param v the comparison, not null
   * @param out where the page goes, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null
   */
  public static void render(Vergelijking v, Writer out) throws IOException {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    List<Verslagjaar> jaren = v.jaren();
    String titel = "Vergelijking LEA/vve " + jaren.get(0) + "\u2013" + jaren.get(jaren.size() - 1);
    out.write(Html.begin(titel) + "<header>\n<h1>" + escape(titel) + "</h1>\n<ul>\n");
    for (Vergelijking.Document d : v.documenten()) {
      out.write("<li>" + d.verslagjaar() + ": " + d.aantalIngevuld() + " van " + d.aantalGemeenten()
          + " gemeenten vulden de vragenlijst in" + (d.nietVergelijkbaar().isEmpty() ? "" : "; niet vergelijkbaar: "
              + escape(String.join(", ", d.nietVergelijkbaar().stream().map(Object::toString).toList()))) + ".</li>\n");
    }
    out.write("</ul>\n</header>\n<nav aria-labelledby=\"inhoud\">\n<h2 id=\"inhoud\">Inhoud</h2>\n<ol>\n");
    for (Vergelijking.Tabelreeks t : v.tabellen()) {
      out.write("<li><a href=\"#tabel-" + escape(t.id()) + "\">" + escape(t.id()) + " " + escape(t.titel()) + "</a></li>\n");
    }
    out.write("<li><a href=\"#tabel-F1.4\">Figuur 1.4: Het cohort over de jaren</a></li>\n</ol>\n</nav>\n<main>\n");
    for (Vergelijking.Tabelreeks t : v.tabellen()) {
      tabel(v, t, out);
    }
    CohortHtml.sectie(v.cohort(), "Figuur 1.4: Het cohort over de jaren", out);
    out.write("</main>\n</body>\n</html>\n");
  }

  private static void tabel(Vergelijking v, Vergelijking.Tabelreeks t, Writer out) throws IOException {
    out.write("<section id=\"tabel-" + escape(t.id()) + "\">\n<h2>" + escape(t.id()) + " " + escape(t.titel())
        + "</h2>\n" + Html.tabel("", t.titel()) + "<thead><tr><th scope=\"col\">Onderdeel</th>");
    for (Verslagjaar jaar : v.jaren()) {
      out.write("<th scope=\"col\">" + jaar + "</th>");
    }
    out.write("<th scope=\"col\">Verschil</th></tr></thead>\n<tbody>\n");
    boolean ander = false;
    boolean gepubliceerd = false;
    for (Vergelijking.Rijreeks r : t.rijen()) {
      out.write("<tr><th scope=\"row\">" + escape(r.label()) + "</th>");
      for (Verslagjaar jaar : v.jaren()) {
        out.write("<td>" + escape(r.jaar(jaar).map(w -> VorigeJaren.cel(w, "\u2013")).orElse("")) + "</td>");
      }
      out.write("<td>" + escape(VorigeJaren.verschil(r, "\u2013")) + "</td></tr>\n");
      ander |= r.noemerGewijzigd().orElse(false);
      gepubliceerd |= r.jaren().stream().anyMatch(w -> w.bron() == Vergelijking.Bron.GEPUBLICEERD);
    }
    out.write(Html.TABEL_EIND);
    if (ander) {
      out.write("<p class=\"noot\">" + escape(VergelijkingRenderer.ANDERE_GROEP) + "</p>\n");
    }
    if (gepubliceerd) {
      out.write("<p class=\"noot\">" + escape(VergelijkingRenderer.GEPUBLICEERD) + "</p>\n");
    }
    for (Vergelijking.Rijreeks r : t.rijen()) {
      if (r.overgangen().isPresent()) {
        overgangen(r, r.overgangen().get(), out);
      }
    }
    for (Vergelijking.Rijreeks r : t.rijen()) {
      if (r.verschil().isPresent() && Math.abs(r.verschil().getAsLong()) >= GRAFIEK_VANAF && !isSom(r)) {
        lijn(t, r, out);
      }
    }
    out.write("</section>\n");
  }

  private static boolean isSom(Vergelijking.Rijreeks r) {
    return r.jaren().get(r.jaren().size() - 1).rij() instanceof Somrij;
  }

  /** The 2×2 of one row: rows the earlier year's yes and no, columns the later year's. */
  private static void overgangen(Vergelijking.Rijreeks r, Vergelijking.Overgangen o, Writer out) throws IOException {
    out.write(Html.tabel("overgangen", "Gemeenten " + o.vanJaar() + " \u2192 " + o.naarJaar() + ": "
        + r.label() + " (n=" + o.aantalGemeenten() + ")") + "<thead><tr><th scope=\"col\">" + o.vanJaar()
        + " \\ " + o.naarJaar() + "</th><th scope=\"col\">Ja in " + o.naarJaar() + "</th><th scope=\"col\">Nee in "
        + o.naarJaar() + "</th></tr></thead>\n<tbody>\n<tr><th scope=\"row\">Ja in " + o.vanJaar() + "</th><td>"
        + cel(o.jaJa()) + "</td><td>" + cel(o.jaNee()) + "</td></tr>\n<tr><th scope=\"row\">Nee in " + o.vanJaar() + "</th><td>"
        + cel(o.neeJa()) + "</td><td>" + cel(o.neeNee()) + "</td></tr>\n" + Html.TABEL_EIND);
  }

  private static String cel(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : escape(Cells.ONDERDRUKT);
  }

  /** A row's percentages over the years that have one, as a line on 0–100%. */
  private static void lijn(Vergelijking.Tabelreeks t, Vergelijking.Rijreeks r, Writer out) throws IOException {
    List<String> punten = new ArrayList<>();
    List<Long> waarden = new ArrayList<>();
    for (Vergelijking.Jaarwaarde w : r.jaren()) {
      OptionalLong p = Vergelijking.maat(w.rij());
      if (p.isPresent()) {
        punten.add(w.verslagjaar().toString());
        waarden.add(p.getAsLong());
      }
    }
    long hoogste = waarden.stream().mapToLong(Long::longValue).max().orElse(0);
    long max = hoogste > 100 ? (hoogste + 24) / 25 * 25 : 100;
    String id = "figuur-" + t.id() + "-" + r.sleutel();
    String titel = t.id() + " " + r.label() + ": verschil " + VorigeJaren.verschil(r, "") + " procentpunten";
    out.write("<figure id=\"" + escape(id) + "\">\n" + Grafiek.lijnen(id + "-titel", titel, punten,
        List.of(new Grafiek.Reeks(r.label(), waarden)), max, "%") + "\n<figcaption>" + escape(titel) + "</figcaption>\n</figure>\n");
  }
}
