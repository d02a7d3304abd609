package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Figuur;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.render.Numbers;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.risico.Risicoanalyse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page: every table, accessible and self-contained, and hostile input inert. */
class HtmlFormaatTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));

  private static String html(Rapport r) throws IOException {
    java.io.ByteArrayOutputStream w = new java.io.ByteArrayOutputStream();
    RapportFormaat.of("html").orElseThrow().render(r, w);
    return w.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aVersion1DocumentsV2TablesCarryTheirNoteUnderTheTable() throws IOException {
    String pagina = html(Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022-v1.json"))));
    String noot = "</table>\n</div>\n<p>" + nl.lea.rapport.Tabellen.NIET_GEVRAAGD + "</p>";
    assertEquals(9, pagina.split(noot, -1).length - 1);
    assertTrue(pagina.contains("<section id=\"tabel-verantwoording\">"));
    assertEquals(-1, html(Rapport.van(V)).indexOf(nl.lea.rapport.Tabellen.NIET_GEVRAAGD));
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertTrue(RapportFormaat.of("html").orElseThrow() instanceof HtmlFormaat);
    assertEquals(List.of("tekst", "markdown", "json", "csv", "html", "xlsx"),
        RapportFormaat.alle().stream().map(RapportFormaat::naam).collect(Collectors.toList()));
  }

  @Test
  void everyTableIsAnAccessibleTableInItsSection() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    Rapport r = Rapport.van(V, b);
    Document d = Jsoup.parse(html(r));
    assertEquals("nl", d.selectFirst("html").attr("lang"));
    assertEquals(r.tabellen().size(), d.select("main > section[id^=tabel-]").size());
    for (Tabel t : r.tabellen()) {
      Element sectie = d.getElementById("tabel-" + t.id());
      assertNotNull(sectie, t.id());
      assertEquals(t.koptekst(), sectie.selectFirst("table > caption").text(), t.id());
      assertFalse(sectie.select("thead th[scope=col]").isEmpty(), t.id());
      assertEquals(1, d.select("nav a[href=#tabel-" + t.id() + "]").size(), "contents link to " + t.id());
      if (EIGEN_OPMAAK.contains(t.id())) {
        continue;   // laid out as the printed report does: tableInTheReportsLayout
      }
      Elements rijen = sectie.select("tbody > tr");
      assertEquals(t.rijen().size(), rijen.size(), t.id());
      for (int i = 0; i < rijen.size(); i++) {
        Rij rij = t.rijen().get(i);
        Element tr = rijen.get(i);
        assertEquals(rij.label(), tr.selectFirst("th[scope=row]").ownText().strip(), t.id() + " " + rij.sleutel());
        if (rij instanceof Telrij tel && tel.aantal().isPresent()) {
          assertEquals(tel.aantal().getAsLong(), Long.parseLong(tr.select("td").get(0).text().replace(".", "")));
        }
      }
    }
  }

  /** The tables the page lays out as the printed report does, not row by row. */
  private static final List<String> EIGEN_OPMAAK = List.of("1.10", "2.2");

  @Test
  void referencesNothingOutsideThePage() throws IOException {
    String page = html(Rapport.van(V));
    Document d = Jsoup.parse(page);
    assertTrue(d.select("script, link, iframe, object, embed, img[src]:not([src^=data:])").isEmpty());
    for (Element e : d.select("[href], [src]")) {
      String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      assertTrue(ref.startsWith("#") || ref.startsWith("data:"), ref);
    }
    assertFalse(page.contains("url("), "no url() in the style");
    assertFalse(page.contains("@import"));
    assertTrue(page.contains("@page{size:A4"), "prints on A4");
  }

  @Test
  void warningsListEveryGemeenteWithCodeAndName() throws IOException {
    Rapport r = Rapport.van(V);
    Document d = Jsoup.parse(html(r));
    Elements rijen = d.select("#waarschuwingen tbody tr");
    assertEquals(r.waarschuwingen().size(), rijen.size());
    assertEquals("GM0158", rijen.get(0).selectFirst("th").text());
    assertTrue(rijen.get(0).text().contains("Haaksbergen"));
  }

  @Test
  void hostileGemeenteNamesComeOutEscapedAndInert() throws IOException {
    String vijandig = "<script>alert(1)</script> & \"Haaks'bergen\" </table><img src=x onerror=alert(2)>";
    String json = Files.readString(DATA.resolve("vragenlijst-2022.json"))
        .replace("\"Haaksbergen\"", "\"" + vijandig.replace("\"", "\\\"") + "\"");
    Path bestand = Files.createTempFile("vijandig", ".json");
    try {
      Files.writeString(bestand, json);
      Vragenlijst v = LeaJson.readVragenlijst(bestand);
      Document d = Jsoup.parse(html(Rapport.van(v)));
      assertTrue(d.select("script, img").isEmpty(), "input added no elements");
      assertTrue(d.select("[onerror]").isEmpty());
      Element melding = d.selectFirst("#waarschuwingen tbody tr td.tekst");
      assertTrue(melding.text().startsWith(vijandig), melding.text());
      assertEquals(Rapport.van(v).tabellen().size(), d.select("main > section[id^=tabel-]").size(), "no table was closed early");
    } finally {
      Files.delete(bestand);
    }
  }

  @Test
  void suppressedCountsShowAsBelowK() throws IOException {
    Rapport r = Rapport.van(V).onderdruk(10);
    Document d = Jsoup.parse(html(r));
    long onderdrukt = r.tabellen().stream().flatMap(t -> t.rijen().stream())
        .filter(x -> x instanceof Telrij t && t.onderdrukt()).count();
    assertTrue(onderdrukt > 0);
    assertEquals(onderdrukt, d.select("tbody td").stream().filter(td -> td.text().equals("<k")).count());
    // F1.3: a thema with a suppressed segment is left out rather than drawn with wrong shares
    long themasMetOnderdrukking = r.tabel("F1.3").orElseThrow().rijen().stream()
        .filter(x -> !x.sleutel().endsWith("/HELFT_OF_MEER") && ((Telrij) x).onderdrukt())
        .map(x -> x.sleutel().substring(0, x.sleutel().indexOf('/'))).distinct().count();
    assertTrue(themasMetOnderdrukking > 0, "the data suppresses some F1.3 cell at k=10");
    long getekend = d.select("#figuur-F1\\.3 rect.deel").stream().map(e -> e.selectFirst("title").text().split(",")[0])
        .distinct().count();
    assertEquals(4 - themasMetOnderdrukking, getekend);
  }

  /** The tables the registry draws, without the judgement (which adds Figuur 1.5). */
  private static final List<String> FIGUREN = figuren(null);

  private static List<String> figuren(Figuur.Soort soort) {
    return Rapport.van(V).tabellen().stream()
        .filter(t -> t.figuur().isPresent() && (soort == null || t.figuur().get().soort() == soort)).map(Tabel::id).toList();
  }

  @Test
  void theRegistryDrawsTheReportsFigures() {
    // The figures of the printed report and the charts of tables, as the registry declares them;
    // a table given a figure joins this list by its declaration alone.
    assertTrue(FIGUREN.containsAll(List.of("F1.2", "F1.3", "bereik", "1.11", "F2.1", "2.2", "F2.4")), FIGUREN.toString());
    assertTrue(figuren(Figuur.Soort.GESTAPELD).contains("F1.3"));
  }

  @Test
  void everyFigureIsAnAccessibleSvgNextToItsTable() throws IOException {
    Document d = Jsoup.parse(html(Rapport.van(V)));
    assertEquals(FIGUREN.size(), d.select("figure[id^=figuur-]").size());
    for (String id : FIGUREN) {
      Element figuur = d.getElementById("figuur-" + id);
      assertNotNull(figuur, id);
      assertEquals("tabel-" + id, figuur.parent().id(), id + " follows its table");
      Element svg = figuur.selectFirst("svg");
      assertEquals("img", svg.attr("role"));
      Element titel = svg.selectFirst("title");
      assertEquals(svg.attr("aria-labelledby"), titel.id());
      assertEquals(Rapport.van(V).tabel(id).orElseThrow().koptekst(), titel.text());
      assertTrue(svg.select("text").size() > 3, id + " has text labels");
      // Its text alternative carries its numbers: every drawn row's label and value.
      Element desc = svg.selectFirst("desc");
      assertEquals(svg.attr("aria-describedby"), desc.id(), id);
      Tabel t = Rapport.van(V).tabel(id).orElseThrow();
      for (Rij rij : t.rijen()) {
        if (t.figuur().orElseThrow().weglaten().contains(rij.sleutel())) {
          continue;
        }
        String waarde = t.figuur().get().soort() == Figuur.Soort.GESTAPELD
            ? rij.onderdeel() + " " + Numbers.duizendtallen(((Telrij) rij).aantal().getAsLong())
            : rij.onderdeel() + ": " + nl.lea.rapport.render.Cells.cellen(rij, "–").get(1);
        assertTrue(desc.text().contains(waarde), id + " describes " + waarde + ": " + desc.text());
      }
    }
    // Figuur 1.5's flow with its counts, and Figuur 1.4's lines with theirs.
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    String stroom = Jsoup.parse(html(Rapport.van(V, b))).selectFirst("#figuur-F1\\.5 desc").text();
    assertTrue(stroom.contains("Contactgemeenten, 93 gemeenten, over LEA: 65, over vve: 90"), stroom);
  }

  /** TOEZICHT.md: the report's §3 figures, drawn as the flow of Figuur 1.5. */
  @Test
  void withTheJudgementTheFlowOfFiguur15CarriesTheReportsCounts() throws Exception {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    String page = html(Rapport.van(V, b));
    Document d = Jsoup.parse(page);
    Element figuur = d.getElementById("figuur-F1.5");
    assertNotNull(figuur);
    assertEquals("tabel-3.risico", figuur.parent().id());
    assertEquals("img", figuur.selectFirst("svg").attr("role"));
    List<String> teksten = figuur.select("svg text").eachText();
    for (String verwacht : List.of("340 van 342 ingevuld", "mogelijk risico: 280", "geen risico: 62", "93 gemeenten",
        "over LEA: 65", "over vve: 90", "LEA 35 · vve 56", "LEA 30 · vve 34", "LEA 0 · vve 0")) {
      assertTrue(teksten.contains(verwacht), verwacht + " in " + teksten);
    }
    assertEquals(6, figuur.select("rect.blok").size());
    // The same steps and numbers as text, outside the image.
    List<String> stappen = figuur.select("details.stappen li").eachText();
    assertEquals(6, stappen.size(), stappen::toString);
    assertEquals("Risicoanalyse: mogelijk risico: 280; geen risico: 62; (brief naar gemeente)", stappen.get(1));
    for (String verwacht : List.of("340 van 342 ingevuld", "over LEA: 65", "LEA 35 · vve 56", "LEA 0 · vve 0")) {
      assertTrue(stappen.stream().anyMatch(s -> s.contains(verwacht)), verwacht + " in " + stappen);
    }
    int i = page.indexOf("<svg", page.indexOf("id=\"figuur-F1.5\""));
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(page.substring(i, page.indexOf("</svg>", i) + 6))));
    assertTrue(Jsoup.parse(html(Rapport.van(V))).getElementById("figuur-F1.5") == null, "no flow without the judgement");
  }

  @Test
  void everySvgIsWellFormedXml() throws Exception {
    String page = html(Rapport.van(V));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    int gevonden = 0;
    for (int i = page.indexOf("<svg"); i >= 0; i = page.indexOf("<svg", i + 1), gevonden++) {
      String svg = page.substring(i, page.indexOf("</svg>", i) + "</svg>".length());
      org.w3c.dom.Document xml = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      assertEquals("http://www.w3.org/2000/svg", xml.getDocumentElement().getNamespaceURI());
    }
    assertEquals(FIGUREN.size(), gevonden);
  }

  @Test
  void barLengthsAreProportionalToThePercentages() throws IOException {
    Rapport r = Rapport.van(V);
    Document d = Jsoup.parse(html(r));
    for (String id : figuren(Figuur.Soort.STAVEN)) {
      List<Integer> pct = r.tabel(id).orElseThrow().rijen().stream()
          .map(rij -> rij instanceof Telrij t ? t.percentage() : ((Gemiddelderij) rij).percentage())
          .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).collect(Collectors.toList());
      Elements staven = d.select("#figuur-" + id.replace(".", "\\.") + " rect.staaf");
      assertEquals(pct.size(), staven.size(), id);
      BigDecimal eenheid = null;
      for (int i = 0; i < pct.size(); i++) {
        BigDecimal breedte = new BigDecimal(staven.get(i).attr("width"));
        assertTrue(breedte.compareTo(BigDecimal.valueOf(Grafiek.BREEDTE)) <= 0, id);
        if (pct.get(i) == 0) {
          assertEquals(0, breedte.signum());
          continue;
        }
        BigDecimal perProcent = breedte.divide(BigDecimal.valueOf(pct.get(i)), 10, RoundingMode.HALF_UP);
        if (eenheid == null) {
          eenheid = perProcent;
        }
        assertTrue(eenheid.subtract(perProcent).abs().compareTo(new BigDecimal("0.001")) <= 0,
            id + " bar " + i + ": " + breedte + " for " + pct.get(i) + "%");
      }
    }
  }

  @Test
  void stackedSegmentsShareEachThemasBarByCount() throws IOException {
    Rapport r = Rapport.van(V);
    Document d = Jsoup.parse(html(r));
    Elements delen = d.select("#figuur-F1\\.3 rect.deel");
    List<Telrij> rijen = r.tabel("F1.3").orElseThrow().rijen().stream()
        .filter(x -> !x.sleutel().endsWith("/HELFT_OF_MEER")).map(Telrij.class::cast).collect(Collectors.toList());
    assertEquals(rijen.stream().filter(t -> t.aantal().getAsLong() > 0).count(), delen.size());
    java.util.Map<String, BigDecimal> somPerThema = new java.util.TreeMap<>();
    for (Element deel : delen) {
      String thema = deel.selectFirst("title").text().split(",")[0];
      somPerThema.merge(thema, new BigDecimal(deel.attr("width")), BigDecimal::add);
    }
    assertEquals(4, somPerThema.size());
    somPerThema.forEach((thema, som) -> assertTrue(
        som.subtract(BigDecimal.valueOf(Grafiek.BREEDTE)).abs().compareTo(new BigDecimal("0.05")) <= 0, thema + ": " + som));
  }

  @Test
  void chartTextsAreEscaped() throws Exception {
    String svg = Grafiek.staven("t", "<b>&", List.of(new Grafiek.Staaf("</svg><script>", "\"'<x>", 50L, "50%")), 100, "%");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    org.w3c.dom.Document xml = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertEquals("<b>&", xml.getElementsByTagName("title").item(0).getTextContent());
    assertEquals(0, xml.getElementsByTagName("script").getLength());
    assertTrue(svg.contains("width=\"180\""), svg);
  }

  @Test
  void rejectsNull() {
    assertThrows(DomainValidationException.class, () -> new HtmlFormaat().render(null, new StringWriter()));
    assertThrows(DomainValidationException.class, () -> new HtmlFormaat().render(Rapport.van(V), (java.io.Writer) null));
    assertThrows(DomainValidationException.class, () -> new HtmlFormaat().render(Rapport.van(V), (java.io.OutputStream) null));
  }

  @Test
  void escapeReplacesEveryMarkupCharacter() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.escape("<a href=\"x\" title='y'>&</a>"));
    assertEquals("53.257", Numbers.duizendtallen(53_257));
    assertEquals("1.000.000", Numbers.duizendtallen(1_000_000));
    assertEquals("999", Numbers.duizendtallen(999));
    assertEquals("-1.000", Numbers.duizendtallen(-1_000));
  }

  /** The seed's order: part 1, §3 (waarborgtoezicht, with Figuur 1.5), part 2; every table once. */
  @Test
  void sectionsFollowThePrintedReportsOrder() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    Rapport r = Rapport.van(V, b);
    Document d = Jsoup.parse(html(r));
    List<String> ids = d.select("main > section").eachAttr("id");
    assertEquals(r.tabellen().size() + 2, ids.size(), "every table once, the differences from the print and the warnings");
    int figuur15 = ids.indexOf("tabel-3.risico");
    assertTrue(ids.indexOf("tabel-1.11") < ids.indexOf("tabel-risico"), ids.toString());
    assertTrue(ids.indexOf("tabel-risico") < figuur15 && figuur15 < ids.indexOf("tabel-2.1"), ids.toString());
    assertTrue(ids.indexOf("tabel-3.afhandeling") < ids.indexOf("tabel-2.1"), ids.toString());
    assertEquals(d.select("nav li a").eachAttr("href").subList(0, r.tabellen().size()),
        ids.subList(0, r.tabellen().size()).stream().map(id -> "#" + id).collect(Collectors.toList()), "the contents in the same order");
    // Without the judgement §3 is the risk analysis alone: it moves before part 2, the rest keeps the registry's order.
    Rapport zonder = Rapport.van(V);
    List<String> zonderIds = Jsoup.parse(html(zonder)).select("main > section").eachAttr("id");
    List<String> register = new java.util.ArrayList<>(zonder.tabellen().stream().map(t -> "tabel-" + t.id()).collect(Collectors.toList()));
    register.remove("tabel-risico");
    register.add(register.indexOf("tabel-2.1"), "tabel-risico");
    register.add("verschillen");
    register.add("waarschuwingen");
    assertEquals(register, zonderIds);
  }

  /**
   * The seed's figures are on the page with their numbers (Figuur 1.4 is the cohort's, with earlier
   * years); the other charts never carry a figure number.
   */
  @Test
  void theSeedsFiguresCarryTheirNumbers() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    List<String> bijschriften = Jsoup.parse(html(Rapport.van(V, b))).select("figure > figcaption").eachText();
    List<String> nummers = bijschriften.stream().filter(t -> t.startsWith("Figuur ")).map(t -> t.substring(0, t.indexOf(':')))
        .sorted().collect(Collectors.toList());
    assertEquals(List.of("Figuur 1.2", "Figuur 1.3", "Figuur 1.5", "Figuur 2.1", "Figuur 2.2", "Figuur 2.3", "Figuur 2.4"), nummers);
    assertTrue(bijschriften.stream().filter(t -> !t.startsWith("Figuur ")).allMatch(t -> t.startsWith("Grafiek")), bijschriften::toString);
  }

  /**
   * Tabel 1.10 with its sums as columns and Tabel 2.2 as the 5×5 matrix, as the printed report lays
   * them out, with its numbers (seed lines 886-903 and 1496-1512).
   */
  @Test
  void tablesInTheReportsLayout() throws IOException {
    Rapport r = Rapport.van(V);
    Document d = Jsoup.parse(html(r));
    Element t110 = d.selectFirst("section[id=tabel-1.10] table");
    assertEquals(List.of("Doelgroepkinderen", "Aantal kindplaatsen", "Aantal bereikte kinderen"), t110.select("thead th").eachText());
    assertEquals(List.of("Aantal", "Aantal gemeenten dat gegevens aanleverde"), t110.select("tbody th").eachText());
    assertEquals(List.of("53.257", "71.562", "43.334", "297", "291", "314"), t110.select("tbody td").eachText());
    Element t22 = d.selectFirst("section[id=tabel-2.2] table");
    assertEquals(List.of("Taal", "Rekenen", "Motorisch", "Sociaal-emotioneel", "Anders"), t22.select("thead th").eachText());
    List<List<String>> gedrukt = List.of(List.of("66%", "32%", "25%", "37%", "10%"), List.of("67%", "33%", "22%", "37%", "9%"),
        List.of("55%", "28%", "23%", "35%", "9%"), List.of("50%", "25%", "16%", "30%", "8%"), List.of("47%", "22%", "18%", "29%", "5%"));
    Elements rijen = t22.select("tbody tr");
    assertEquals(5, rijen.size());
    List<Rij> tabel = r.tabel("2.2").orElseThrow().rijen();
    for (int i = 0; i < 5; i++) {
      Elements cellen = rijen.get(i).select("td");
      assertEquals(tabel.get(5 * i).groep().orElseThrow().label(), rijen.get(i).selectFirst("th").text());
      assertEquals(gedrukt.get(i), cellen.stream().map(td -> td.ownText().strip()).toList(), "row " + i);
      for (int j = 0; j < 5; j++) {
        assertEquals("(" + ((Telrij) tabel.get(5 * i + j)).aantal().getAsLong() + ")", cellen.get(j).selectFirst("span.aantal").text());
      }
    }
    assertFalse(d.getElementById("tabel-2.2").hasClass("lang"), "five rows stay on one printed page");
  }

  /** "Bron: vragenlijst gemeenten, 2023" under the twelve tables the printed report sources so, and no other. */
  @Test
  void theSourceLinesOfThePrintedReport() throws IOException {
    Document d = Jsoup.parse(html(Rapport.van(V)));
    assertEquals(List.of("tabel-1.1", "tabel-1.2", "tabel-F1.2", "tabel-F1.3", "tabel-1.4", "tabel-1.5", "tabel-1.6", "tabel-1.7",
        "tabel-1.8", "tabel-1.9", "tabel-1.10", "tabel-1.11"), d.select("section:has(> p.bron)").eachAttr("id"));
    assertTrue(d.select("p.bron").eachText().stream().allMatch("Bron: vragenlijst gemeenten, 2023"::equals));
    Vragenlijst v2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
    assertEquals("Bron: vragenlijst gemeenten, 2022", Jsoup.parse(html(Rapport.van(v2021))).selectFirst("p.bron").text());
  }

  /**
   * The deliberate differences from the printed report are said at their table and row, and listed
   * in one section whose every item links to its note; a year lea has no printed report of has none.
   */
  @Test
  void differencesFromThePrintedReportAreSaidWhereTheyAre() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    Rapport r = Rapport.van(V, b);
    Document d = Jsoup.parse(html(r));
    assertEquals(List.of("1.1-geen", "1.2", "1.5", "1.7", "1.9", "3.uitkomst-LEA", "3.afhandeling"),
        r.drukverschillen().stream().map(nl.lea.rapport.Drukverschil::tabel).toList());
    Elements lijst = d.select("section[id=verschillen] li");
    assertEquals(r.drukverschillen().size(), lijst.size());
    for (Element li : lijst) {
      Element noot = d.getElementById(li.selectFirst("a").attr("href").substring(1));
      assertNotNull(noot, li.text());
      assertTrue(noot.hasClass("verschil") && li.text().contains(noot.selectFirst("strong").nextSibling().toString().strip()), li.text());
    }
    Element rij = d.select("section[id=tabel-1.2] tbody tr").last();
    assertEquals("Inschrijving en toelating", rij.selectFirst("th").ownText().strip());
    assertEquals(List.of("122", "82%", "149"), rij.select("td").eachText());
    assertEquals("#verschil-1.2-INSCHRIJVING_EN_TOELATING", rij.selectFirst("th a").attr("href"));
    assertTrue(d.getElementById("verschil-1.2-INSCHRIJVING_EN_TOELATING").text().contains("48%"));
    assertTrue(d.getElementById("verschil-1.5").text().contains("‘Andere prioriteiten binnen de gemeente’"));
    assertEquals(1, d.select("nav a[href=#verschillen]").size());
    Document d2021 = Jsoup.parse(html(Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json")))));
    assertTrue(d2021.select("#verschillen, p.verschil, nav a[href=#verschillen]").isEmpty());
  }
}
