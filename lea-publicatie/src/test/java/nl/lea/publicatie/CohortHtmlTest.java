package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.lea.bereik.Cohort;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** The cohort page: Figuur 1.4's three lines over the years, next to their table. */
class CohortHtmlTest {

  private static final Path DATA = Path.of("..", "examples", "data", "vragenlijst-2022.json");

  /** Three years: 2022 as shipped, and the same answers filed as 2020 and 2021. */
  private static Cohort cohort(Path map) throws IOException {
    String tekst = Files.readString(DATA);
    List<Vragenlijst> jaren = new ArrayList<>(List.of(LeaJson.readVragenlijst(DATA)));
    for (int jaar : new int[] {2020, 2021}) {
      Path bestand = map.resolve(jaar + ".json");
      Files.writeString(bestand, tekst.replaceFirst("\"verslagjaar\": 2022", "\"verslagjaar\": " + jaar));
      jaren.add(LeaJson.readVragenlijst(bestand));
    }
    return Cohort.van(jaren);
  }

  @Test
  void threeLinesOverTheYearsWithTheTablesValues(@TempDir Path map) throws Exception {
    Cohort c = cohort(map);
    StringWriter w = new StringWriter();
    CohortHtml.render(c, w);
    String page = w.toString();
    Document d = Jsoup.parse(page);
    Element figuur = d.getElementById("figuur-F1.4");
    assertEquals("tabel-F1.4", figuur.parent().id());
    assertEquals("img", figuur.selectFirst("svg").attr("role"));
    assertEquals(3, figuur.select("polyline.lijn").size());
    Elements punten = figuur.select("circle.punt");
    assertEquals(9, punten.size());
    List<Cohort.Jaar> reeks = c.reeks();
    assertEquals(List.of("2020", "2021", "2022"), d.select("tbody th[scope=row]").eachText());
    assertEquals(List.of("Jaar", "Doelgroeppeuters", "Kindplaatsen", "Bereikte doelgroeppeuters", "Gewogen bereik", "Gemiddeld bereik"),
        d.select("thead th").eachText());
    for (int i = 0; i < 3; i++) {
      List<String> cellen = d.select("tbody tr").get(i).select("td").eachText();
      assertEquals(reeks.get(i).gewogenBereik().waarde().orElseThrow().procent() + "%", cellen.get(3));
      assertEquals(reeks.get(i).gemiddeldBereik().waarde().orElseThrow().procent() + "%", cellen.get(4));
    }
    // The text alternative carries every point's value.
    String desc = figuur.selectFirst("svg desc").text();
    assertEquals(figuur.selectFirst("svg").attr("aria-describedby"), figuur.selectFirst("svg desc").id());
    for (int i = 0; i < 3; i++) {
      String jaar = reeks.get(i).verslagjaar() + " ";
      assertTrue(desc.contains(jaar + nl.lea.rapport.render.Numbers.duizendtallen(reeks.get(i).doelgroeppeuters())), desc);
      assertTrue(desc.contains(jaar + nl.lea.rapport.render.Numbers.duizendtallen(reeks.get(i).kindplaatsen())), desc);
      assertTrue(desc.contains(jaar + nl.lea.rapport.render.Numbers.duizendtallen(reeks.get(i).bereikteDoelgroeppeuters())), desc);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(reeks.get(i).doelgroeppeuters(), Long.parseLong(punten.get(i).attr("data-waarde")));
      assertEquals(reeks.get(i).kindplaatsen(), Long.parseLong(punten.get(3 + i).attr("data-waarde")));
      assertEquals(reeks.get(i).bereikteDoelgroeppeuters(), Long.parseLong(punten.get(6 + i).attr("data-waarde")));
    }
    // heights are proportional: (bottom - cy) / value is the same for every point
    BigDecimal onder = null;
    BigDecimal eenheid = null;
    for (Element p : punten) {
      long waarde = Long.parseLong(p.attr("data-waarde"));
      BigDecimal cy = new BigDecimal(p.attr("cy"));
      if (onder == null) {
        onder = new BigDecimal(figuur.select("line.raster").first().attr("y1"));
      }
      BigDecimal perEenheid = onder.subtract(cy).divide(BigDecimal.valueOf(waarde), 12, java.math.RoundingMode.HALF_UP);
      if (eenheid == null) {
        eenheid = perEenheid;
      }
      assertTrue(eenheid.subtract(perEenheid).abs().compareTo(new BigDecimal("0.0001")) < 0, p.outerHtml());
    }
    int i = page.indexOf("<svg");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(page.substring(i, page.indexOf("</svg>", i) + 6))));
    assertTrue(d.select("script, link, [src]").isEmpty());
  }

  @Test
  void roundMaximaAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertEquals(1, Grafiek.rondOmhoog(1));
    assertEquals(10, Grafiek.rondOmhoog(10));
    assertEquals(20, Grafiek.rondOmhoog(11));
    assertEquals(25, Grafiek.rondOmhoog(21));
    assertEquals(50, Grafiek.rondOmhoog(26));
    assertEquals(100, Grafiek.rondOmhoog(51));
    assertEquals(100_000, Grafiek.rondOmhoog(53_257));
    assertEquals(25_000, Grafiek.rondOmhoog(20_001));
  }

  @Test
  void rejectsNull() {
    assertThrows(DomainValidationException.class, () -> CohortHtml.render(null, new StringWriter()));
  }
}
