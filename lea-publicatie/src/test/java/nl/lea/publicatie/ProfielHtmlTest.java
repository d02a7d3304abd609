package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.rapport.Gemeenteprofielen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** docs/profiel.md §2: one gemeente's page, with its bereik on the strip of every gemeente's. */
class ProfielHtmlTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));

  private static String pagina(Gemeenteprofiel p) throws Exception {
    StringWriter w = new StringWriter();
    ProfielHtml.render(p, w);
    return w.toString();
  }

  @Test
  void theStripHasAMarkPerGemeenteAndMarksThisOneTheMeanAndTheComparableMedian() throws Exception {
    Gemeenteprofiel p = Gemeenteprofiel.van(V, Gemeentecode.of("GM0308"));
    String page = pagina(p);
    assertFalse(page.contains("<script"));
    assertFalse(page.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(https?:|url\\().*"), "nothing outside the page");
    Document d = Jsoup.parse(page);
    Element figuur = d.getElementById("figuur-bereik");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(figuur.selectFirst("svg").outerHtml())));
    assertEquals("img", figuur.selectFirst("svg").attr("role"));
    Gemeenteprofiel.Bereikpositie b = p.bereikpositie().orElseThrow();
    assertEquals(273, b.verdeling().size());
    assertEquals(273, figuur.select("line.waarde").size());
    assertEquals(List.of("Baarn: 100% (positie 77)", "landelijk gemiddeld: 77% (n=273)", "mediaan vergelijkbare gemeenten: 100% (n=24)"),
        figuur.select("text.markering").eachText());
    // Positions are proportional: x = 24 + value × 672 / axis maximum, the maximum the highest bereik rounded up to 25.
    BigDecimal hoogste = procent(b.verdeling().get(b.verdeling().size() - 1));
    BigDecimal max = hoogste.compareTo(BigDecimal.valueOf(100)) <= 0 ? BigDecimal.valueOf(100)
        : hoogste.divide(BigDecimal.valueOf(25), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(25));
    List<String> xs = new ArrayList<>();
    for (var r : b.verdeling()) {
      xs.add(BigDecimal.valueOf(24).add(procent(r).multiply(BigDecimal.valueOf(672)).divide(max, 2, RoundingMode.HALF_UP))
          .stripTrailingZeros().toPlainString());
    }
    assertEquals(xs, figuur.select("line.waarde").eachAttr("x1"));
    assertEquals(BigDecimal.valueOf(24).add(BigDecimal.valueOf(67200).divide(max, 2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString(),
        figuur.select("line.markering").first().attr("x1"));
    List<String> ticks = figuur.select("text").eachText().stream().filter(t -> t.matches("\\d+%")).toList();
    assertTrue(ticks.stream().allMatch(t -> Integer.parseInt(t.replace("%", "")) % 25 == 0), "round ticks: " + ticks);
    assertEquals(7, d.select("#kerncijfers tbody tr").size());
    assertEquals(List.of("Bereik van de doelgroeppeuters", "100%, positie 77 (0 = laagste, 100 = hoogste)", "gemiddeld 77%"),
        d.select("#kerncijfers tbody tr").get(4).select("th, td").eachText());
  }

  private static BigDecimal procent(nl.lea.bereik.Ratio r) {
    return new BigDecimal(r.teller()).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(r.noemer()), 2, RoundingMode.HALF_UP);
  }

  @Test
  void aGemeenteWithoutAnswersHasNoFigureAndAHostileNameStaysText() throws Exception {
    GemeenteAntwoord niet = V.gemeenten().stream().filter(a -> !a.isIngevuld()).findFirst().orElseThrow();
    Document d = Jsoup.parse(pagina(Gemeenteprofiel.van(V, niet.gemeente().code())));
    assertNull(d.getElementById("figuur-bereik"));
    assertNull(d.getElementById("kerncijfers"));
    assertTrue(d.select("h2").eachText().contains("Risicoanalyse: LEA_EN_VVE"));

    List<GemeenteAntwoord> lijst = new ArrayList<>(V.gemeenten());
    lijst.set(V.gemeenten().indexOf(niet), GemeenteAntwoord.nietIngevuld(Gemeente.of(niet.gemeente().code(), "<img src=x onerror=alert(1)>")));
    String page = pagina(Gemeenteprofielen.of(Vragenlijst.of(V.verslagjaar(), lijst)).profiel(niet.gemeente().code()));
    assertFalse(page.contains("<img"));
    assertTrue(Jsoup.parse(page).selectFirst("h1").text().startsWith("Gemeenteprofiel <img src=x onerror=alert(1)> ("));
  }
}
