package nl.lea.publicatie;

import static nl.lea.rapport.render.Numbers.duizendtallen;
import static nl.lea.publicatie.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.lea.bereik.Cohort;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * The cohort of the report's Figuur 1.4 as one self-contained HTML page: the three sums per year as
 * a table and as a line chart ({@code <figure id="figuur-F1.4">}), with the same guarantees as
 * {@link HtmlFormaat}: no script, nothing outside the page, every text escaped.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CohortHtml {

  private CohortHtml() {}

  /**
   * Writes the page. The writer is not closed.
   *
   * @param cohort the cohort, not null
   * @param out where the page goes, not null
   * @throws IOException if writing fails
   */
  public static void render(Cohort cohort, Writer out) throws IOException {
    DomainValidationException.requireNonNull(cohort, "cohort");
    DomainValidationException.requireNonNull(out, "out");
    List<Cohort.Jaar> reeks = cohort.reeks();
    String titel = titel(cohort);
    out.write(Html.begin(titel) + "<header>\n<h1>" + escape(titel) + "</h1>\n<p>Gemeenten die in elk jaar alle drie de aantallen "
        + "aanleverden: " + cohort.gemeenten().size() + ".</p>\n</header>\n<main>\n");
    sectie(cohort, null, out);
    out.write("</main>\n</body>\n</html>\n");
  }

  /**
   * Writes Figuur 1.4 as a section ({@code <section id="tabel-F1.4">}): the table of the three
   * sums and the two bereik figures per year, and the line chart of the sums. Shared by the cohort
   * page, the report with earlier years and the comparison page.
   *
   * @param cohort the cohort, not null
   * @param kop the section's heading, or null for none (the page's own heading says it)
   * @param out where the section goes, not null
   */
  static void sectie(Cohort cohort, String kop, Writer out) throws IOException {
    List<Cohort.Jaar> reeks = cohort.reeks();
    String titel = titel(cohort);
    out.write("<section id=\"tabel-F1.4\">\n" + (kop == null ? "" : "<h2>" + escape(kop) + "</h2>\n<p>Gemeenten die in elk jaar "
        + "alle drie de aantallen aanleverden: " + cohort.gemeenten().size() + ".</p>\n") + Html.tabel("", titel)
        + "<thead><tr><th scope=\"col\">Jaar</th><th scope=\"col\">Doelgroeppeuters</th>"
        + "<th scope=\"col\">Kindplaatsen</th><th scope=\"col\">Bereikte doelgroeppeuters</th>"
        + "<th scope=\"col\">Gewogen bereik</th><th scope=\"col\">Gemiddeld bereik</th></tr></thead>\n<tbody>\n");
    for (Cohort.Jaar j : reeks) {
      out.write("<tr><th scope=\"row\">" + escape(j.verslagjaar().toString()) + "</th><td>" + duizendtallen(j.doelgroeppeuters())
          + "</td><td>" + duizendtallen(j.kindplaatsen()) + "</td><td>" + duizendtallen(j.bereikteDoelgroeppeuters())
          + "</td><td>" + procent(j.gewogenBereik().waarde()) + "</td><td>" + procent(j.gemiddeldBereik().waarde()) + "</td></tr>\n");
    }
    out.write(Html.TABEL_EIND);
    List<String> punten = reeks.stream().map(j -> j.verslagjaar().toString()).toList();
    String svg = Grafiek.lijnen("figuur-F1.4-titel", titel, punten, List.of(
        new Grafiek.Reeks("Doelgroeppeuters", reeks.stream().map(Cohort.Jaar::doelgroeppeuters).toList()),
        new Grafiek.Reeks("Kindplaatsen", reeks.stream().map(Cohort.Jaar::kindplaatsen).toList()),
        new Grafiek.Reeks("Bereikte doelgroeppeuters", reeks.stream().map(Cohort.Jaar::bereikteDoelgroeppeuters).toList())));
    out.write("<figure id=\"figuur-F1.4\">\n" + svg + "\n<figcaption>Figuur 1.4: " + escape(titel) + "</figcaption>\n</figure>\n"
        + "</section>\n");
  }

  /**
   * The caption as the printed report words Figuur 1.4: {@code Overzicht van de ontwikkeling van het
   * aantal doelgroeppeuters, kindplaatsen en bereikte doelgroeppeuters in 2020, 2021 en 2022 (n=88)}.
   */
  static String titel(Cohort cohort) {
    List<String> jaren = cohort.reeks().stream().map(j -> j.verslagjaar().toString()).toList();
    String opsomming = jaren.size() < 2 ? String.join("", jaren)
        : String.join(", ", jaren.subList(0, jaren.size() - 1)) + " en " + jaren.get(jaren.size() - 1);
    return "Overzicht van de ontwikkeling van het aantal doelgroeppeuters, kindplaatsen en bereikte doelgroeppeuters in "
        + opsomming + " (n=" + cohort.gemeenten().size() + ")";
  }

  /** A bereik as the report prints it, {@code 79%}; {@code –} when there is none. */
  private static String procent(java.util.Optional<nl.lea.bereik.Ratio> waarde) {
    return waarde.map(r -> r.procent() + "%").orElse("\u2013");
  }
}
