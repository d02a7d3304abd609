package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.render.VergelijkingRegels;
import nl.lea.rapport.render.VergelijkingRenderer;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * docs/jaren.md §4 in lea-publicatie: the comparison's page (a line chart for every percentage row
 * that moved 5 points or more, the 2×2s, Figuur 1.4) and workbook, and the report with earlier years
 * as a page and a workbook, each checked against the comparison's JSON.
 */
class VergelijkingPublicatieTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V2020 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json"));
  private static final Vragenlijst V2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
  private static final Vragenlijst V2022 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Vergelijking V = Vergelijking.van(List.of(V2020, V2021, V2022), LeaJson.herindelingenNl(), LeaJson.cijfersNl());

  private static JsonNode json() throws IOException {
    StringWriter w = new StringWriter();
    VergelijkingRenderer.json(V, w);
    return new ObjectMapper().readTree(w.toString());
  }

  private static String pagina() throws IOException {
    StringWriter w = new StringWriter();
    VergelijkingHtml.render(V, w);
    return w.toString();
  }

  @Test
  void aLineChartForExactlyThePercentageRowsThatMovedFivePointsOrMore() throws Exception {
    List<String> verwacht = new ArrayList<>();
    for (JsonNode t : json().get("tabellen")) {
      for (JsonNode r : t.get("rijen")) {
        JsonNode laatste = r.get("jaren").get(r.get("jaren").size() - 1);
        if (!r.get("verschil").isNull() && !laatste.has("waarde") && Math.abs(r.get("verschil").asLong()) >= 5) {
          verwacht.add("figuur-" + t.get("id").asText() + "-" + r.get("sleutel").asText());
        }
      }
    }
    Document d = Jsoup.parse(pagina());
    List<String> getekend = d.select("figure").eachAttr("id").stream().filter(id -> !id.equals("figuur-F1.4")).toList();
    assertEquals(verwacht, getekend);
    assertTrue(getekend.contains("figuur-1.1-lea-overleg-GEEN_LEA_OVERLEG"), "11% to 21%");
    Element lea = d.getElementById("figuur-1.1-lea-overleg-GEEN_LEA_OVERLEG");
    assertEquals(List.of("11%", "21%"), lea.select("svg > text").eachText().stream().filter(x -> x.matches("\\d+%") && !x.equals("0%")
        && !x.equals("25%") && !x.equals("50%") && !x.equals("75%") && !x.equals("100%")).toList());
    assertEquals(2, lea.select("circle.punt").size());
    assertEquals(List.of("11", "21"), lea.select("circle.punt").eachAttr("data-waarde"));
    assertEquals(3, d.select("[id=figuur-F1.4] polyline.lijn").size());
  }

  @Test
  void thePageIsWellFormedSelfContainedAndHoldsEveryCellAndTransition() throws Exception {
    String page = pagina();
    assertFalse(page.contains("<script"));
    assertFalse(page.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(https?:|url\\().*"), "nothing outside the page");
    Document d = Jsoup.parse(page);
    for (Element svg : d.select("svg")) {
      // Every chart is well-formed XML as well as HTML.
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.outerHtml())));
    }
    JsonNode json = json();
    for (JsonNode t : json.get("tabellen")) {
      Element sectie = d.getElementById("tabel-" + t.get("id").asText());
      List<String> koppen = sectie.select("table").first().select("thead th").eachText();
      assertEquals(List.of("Onderdeel", "2020", "2021", "2022", "Verschil"), koppen);
      assertEquals(t.get("rijen").size(), sectie.select("table").first().select("tbody tr").size());
      for (JsonNode r : t.get("rijen")) {
        if (r.has("overgangen") && !r.get("overgangen").isNull()) {
          JsonNode o = r.get("overgangen");
          Element tabel = sectie.select("table.overgangen").stream().filter(x -> x.selectFirst("caption").text().contains(r.get("label")
              .asText())).findFirst().orElseThrow();
          assertEquals(List.of(o.get("jaJa").asText(), o.get("jaNee").asText(), o.get("neeJa").asText(), o.get("neeNee").asText()),
              tabel.select("td").eachText());
        }
      }
    }
    assertEquals(4, d.select("table.overgangen").size());
    Element lea = d.getElementById("tabel-1.1-lea-overleg");
    assertEquals(List.of("–", "11% g", "21%", "+10"), lea.select("tbody tr").first().select("td").eachText());
  }

  @Test
  void theWorkbookHoldsTheCsvsLinesAsNumbers() throws IOException {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    VergelijkingExcel.render(V, uit);
    Map<String, List<Row>> bladen = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(uit.toByteArray()), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().collect(Collectors.toList())) {
        bladen.put(s.getName(), s.read());
      }
    }
    assertEquals(List.of("documenten", "rijen", "cohort"), List.copyOf(bladen.keySet()));
    List<List<Object>> regels = VergelijkingRegels.regels(V);
    List<Row> rijen = bladen.get("rijen");
    assertEquals(regels.size() + 1, rijen.size());
    for (int i = 0; i < regels.size(); i++) {
      List<Object> regel = regels.get(i);
      Row rij = rijen.get(i + 1);
      for (int c = 0; c < regel.size(); c++) {
        Object x = regel.get(c);
        Cell cel = c < rij.getCellCount() ? rij.getCell(c) : null;
        if (x == null) {
          assertTrue(cel == null || cel.getRawValue() == null || cel.getRawValue().isEmpty(), i + "," + c);
        } else if (c == VergelijkingRegels.PERCENTAGE) {
          assertEquals(0, BigDecimal.valueOf((Long) x).compareTo(cel.asNumber().multiply(BigDecimal.valueOf(100))), i + "," + c);
        } else if (x instanceof Long n) {
          assertEquals(n.longValue(), cel.asNumber().longValueExact(), i + "," + c);
        } else if (x instanceof BigDecimal b) {
          assertEquals(0, b.compareTo(cel.asNumber()), i + "," + c);
        } else if (x instanceof Boolean b) {
          assertEquals(b, cel.asBoolean(), i + "," + c);
        } else {
          assertEquals(x, cel.asString(), i + "," + c);
        }
      }
    }
    assertEquals(List.of("2021", "345", "325", "GM0363 GM1992"), bladen.get("documenten").get(2).stream().map(Cell::getText).toList());
    assertEquals("88", bladen.get("cohort").get(1).getCell(1).getText());
  }

  @Test
  void theReportWithEarlierYearsGainsTwoColumnsAndFiguur14() throws IOException {
    Rapport r = Rapport.van(V2022);
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    RapportFormaat.of("html").orElseThrow().render(r, V, uit);
    Document d = Jsoup.parse(uit.toString(java.nio.charset.StandardCharsets.UTF_8));
    Element lea = d.getElementById("tabel-1.1-lea-overleg");
    assertEquals(List.of("Onderdeel", "Aantal", "Percentage", "n", "Vorig (2021)", "Verschil"), lea.select("thead th").eachText());
    assertEquals(List.of("70", "21%", "340", "11% g", "+10"), lea.select("tbody tr").first().select("td").eachText());
    assertTrue(lea.select("p.noot").eachText().contains(VergelijkingRenderer.GEPUBLICEERD));
    assertEquals(3, d.select("section[id=tabel-F1.4] figure[id=figuur-F1.4] polyline.lijn").size());
    // The printed report's caption, seed lines 965-966, with the cohort's own years and n.
    assertEquals("Figuur 1.4: Overzicht van de ontwikkeling van het aantal doelgroeppeuters, kindplaatsen en bereikte "
        + "doelgroeppeuters in 2020, 2021 en 2022 (n=88)", d.selectFirst("figure[id=figuur-F1.4] figcaption").text());
    // With earlier years' columns, Tabel 2.2 is row by row, not the printed report's matrix.
    assertEquals(25, d.select("section[id=tabel-2.2] tbody tr").size());
    assertEquals(List.of("Onderdeel", "Aantal", "Percentage", "n", "Vorig (2021)", "Verschil"),
        d.select("section[id=tabel-2.2] thead th").eachText());
    assertEquals(1, d.select("nav a[href=#tabel-F1.4]").size());
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    new ExcelFormaat().render(r, V, xlsx);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()), new ReadingOptions(true, false))) {
      List<Row> blad = wb.findSheet("1.1-lea-overleg").orElseThrow().read();
      assertEquals(List.of("Sleutel", "Onderdeel", "Aantal", "Percentage", "n", "Vorig jaar", "Vorig", "Verschil", "Noemer gewijzigd"),
          blad.get(1).stream().map(Cell::getText).toList());
      Row rij = blad.get(2);
      assertEquals(2021, rij.getCell(5).asNumber().intValueExact());
      assertEquals(0, new BigDecimal("0.11").compareTo(rij.getCell(6).asNumber()));
      assertEquals(10, rij.getCell(7).asNumber().intValueExact());
      assertEquals(false, rij.getCell(8).asBoolean());
      assertTrue(wb.findSheet("cohort").isPresent());
    }
  }
}
