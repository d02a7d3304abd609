package nl.lea.publicatie;

import static nl.lea.publicatie.Html.escape;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.rapport.render.ProfielRenderer;
import org.apiguardian.api.API;

/**
 * A {@link Gemeenteprofiel} (docs/profiel.md) as one self-contained HTML page, with the guarantees
 * of {@link HtmlFormaat}: no script, nothing outside the page, every text escaped. The key figures
 * beside the national ones as a table, a figure placing the gemeente's bereik on the strip of every
 * gemeente's bereik with the national mean and the comparable gemeenten's median marked
 * ({@code <figure id="figuur-bereik">}), then every part of the profile. For example:
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("GM0308.html"))) {
 *   ProfielHtml.render(Gemeenteprofiel.van(vragenlijst, Gemeentecode.of("GM0308")), w);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ProfielHtml {

  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  private ProfielHtml() {}

  /**
   * Writes the page. The writer is not flushed or closed.
   *
   * @param p the profile, not null
   * @param out where the page goes, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null
   */
  public static void render(Gemeenteprofiel p, Writer out) throws IOException {
    DomainValidationException.requireNonNull(p, "profiel");
    DomainValidationException.requireNonNull(out, "out");
    GemeenteAntwoord a = p.antwoord();
    String naam = a.gemeente().naam().strip();
    String titel = "Gemeenteprofiel " + naam + " (" + a.gemeente().code() + "), " + p.verslagjaar();
    out.write(Html.begin(titel) + "<header>\n<h1>" + escape(titel) + "</h1>\n<p>"
        + (a.isIngevuld() ? "De antwoorden van de gemeente op de vragenlijst LEA/vve naast de landelijke cijfers."
            : "De gemeente vulde de vragenlijst niet in.") + "</p>\n</header>\n<main>\n");
    List<List<String>> kern = ProfielRenderer.kerncijfers(p);
    if (!kern.isEmpty()) {
      out.write("<section id=\"kerncijfers\" class=\"doorlopend\">\n<h2>In het landelijk beeld</h2>\n" + Html.tabel("", naam
          + " naast de landelijke cijfers van " + p.verslagjaar()) + "<thead><tr><th scope=\"col\">Onderdeel</th>"
          + "<th scope=\"col\" class=\"tekst\">" + escape(naam) + "</th><th scope=\"col\" class=\"tekst\">Landelijk</th></tr></thead>\n<tbody>\n");
      for (List<String> rij : kern) {
        out.write("<tr><th scope=\"row\">" + escape(rij.get(0)) + "</th><td class=\"tekst\">" + escape(rij.get(1))
            + "</td><td class=\"tekst\">" + escape(rij.get(2)) + "</td></tr>\n");
      }
      out.write(Html.TABEL_EIND);
      if (p.bereikpositie().isPresent()) {
        figuur(p, naam, out);
      }
      out.write("</section>\n");
    }
    // Every part, as the text gives it: a heading per part, a list of its lines.
    StringWriter tekst = new StringWriter();
    ProfielRenderer.tekst(p, tekst);
    List<String> regels = tekst.toString().lines().skip(1).toList();
    boolean open = false;
    int deel = 0;
    for (String regel : regels) {
      if (regel.isBlank()) {
        continue;
      }
      if (!regel.startsWith(" ")) {
        if (open) {
          out.write("</ul>\n</section>\n");
        }
        deel++;
        // One profile prints as one document: its parts follow each other, not a page each.
        out.write("<section id=\"deel-" + deel + "\" class=\"doorlopend\">\n<h2>" + escape(regel) + "</h2>\n<ul>\n");
        open = true;
      } else {
        out.write("<li>" + escape(regel.strip()) + "</li>\n");
      }
    }
    if (open) {
      out.write("</ul>\n</section>\n");
    }
    out.write("</main>\n</body>\n</html>\n");
  }

  /** The strip of every gemeente's bereik with this one's, the national mean and the comparable median marked. */
  private static void figuur(Gemeenteprofiel p, String naam, Writer out) throws IOException {
    Gemeenteprofiel.Bereikpositie b = p.bereikpositie().orElseThrow();
    List<BigDecimal> waarden = b.verdeling().stream().map(ProfielHtml::procent).toList();
    BigDecimal hoogste = waarden.isEmpty() ? HONDERD : waarden.get(waarden.size() - 1);
    long stap = hoogste.compareTo(BigDecimal.valueOf(200)) <= 0 ? 25 : 50;
    long max = hoogste.compareTo(HONDERD) <= 0 ? 100
        : hoogste.divide(BigDecimal.valueOf(stap), 0, RoundingMode.CEILING).longValue() * stap;
    List<Grafiek.Markering> markeringen = new ArrayList<>();
    markeringen.add(new Grafiek.Markering(naam, procent(b.bereik()), b.bereik().procent() + "%"
        + b.positie().stream().mapToObj(x -> " (positie " + x + ")").findFirst().orElse("")));
    if (b.landelijkGemiddeld().waarde().isPresent()) {
      markeringen.add(new Grafiek.Markering("landelijk gemiddeld", procent(b.landelijkGemiddeld().waarde().get()),
          b.landelijkGemiddeld().percentage().getAsInt() + "% (n=" + b.landelijkGemiddeld().aantalGemeenten() + ")"));
    }
    if (b.vergelijkbaar().mediaan().isPresent()) {
      Ratio m = b.vergelijkbaar().mediaan().get();
      markeringen.add(new Grafiek.Markering("mediaan vergelijkbare gemeenten", procent(m), m.procent() + "% (n="
          + b.vergelijkbaar().aantal() + ")"));
    }
    String titel = "Bereik van " + naam + " tussen dat van alle " + b.verdeling().size() + " gemeenten met een bekend bereik, "
        + p.verslagjaar();
    out.write("<figure id=\"figuur-bereik\">\n" + Grafiek.strook("figuur-bereik-titel", titel, waarden, markeringen, max)
        + "\n<figcaption>" + escape(titel) + ". Elk streepje is een gemeente.</figcaption>\n</figure>\n");
  }

  /** A ratio in percent, exact to two decimals (half up). */
  private static BigDecimal procent(Ratio r) {
    return new BigDecimal(r.teller()).multiply(HONDERD).divide(new BigDecimal(r.noemer()), 2, RoundingMode.HALF_UP);
  }
}
