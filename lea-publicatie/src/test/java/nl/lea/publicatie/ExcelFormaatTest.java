package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.risico.Risicoanalyse;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The workbook, read back with fastexcel-reader, holds the JSON renderer's numbers. */
class ExcelFormaatTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));

  private static Map<String, List<Row>> leesTerug(Rapport r) throws IOException {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    new ExcelFormaat().render(r, uit);
    Map<String, List<Row>> bladen = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(uit.toByteArray()), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().collect(Collectors.toList())) {
        bladen.put(s.getName(), s.read());
      }
    }
    return bladen;
  }

  private static JsonNode json(Rapport r) throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    RapportFormaat.of("json").orElseThrow().render(r, w);
    return new ObjectMapper().readTree(w.toByteArray());
  }

  @Test
  void everyTableIsASheetWithTheJsonRenderersNumbers() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    for (Rapport r : List.of(Rapport.van(V, b), Rapport.van(V).onderdruk(10))) {
      Map<String, List<Row>> bladen = leesTerug(r);
      JsonNode tabellen = json(r).get("tabellen");
      assertEquals(tabellen.size() + 2 + 2, bladen.size(), "the index, a sheet per table, two grids and the warnings");
      List<Row> inhoud = bladen.get(ExcelFormaat.INHOUD);
      assertEquals(List.of("Blad", "Titel", "Bron"), inhoud.get(0).stream().map(Cell::asString).collect(Collectors.toList()));
      assertEquals(bladen.keySet().stream().skip(1).toList(), inhoud.stream().skip(1).map(rij -> rij.getCell(0).asString()).toList(),
          "one index row per sheet, in the workbook's order");
      assertEquals("Figuur 1.3: " + r.tabel("F1.3").orElseThrow().titel(), inhoud.stream()
          .filter(rij -> rij.getCell(0).asString().equals("F1.3")).findFirst().orElseThrow().getCell(1).asString());
      int cellen = 0;
      for (JsonNode t : tabellen) {
        List<Row> rijen = bladen.get(t.get("id").asText());
        assertEquals(r.tabel(t.get("id").asText()).orElseThrow().koptekst(), rijen.get(0).getCell(0).asString());
        assertEquals(ExcelFormaat.KOPPEN, rijen.get(1).stream().map(Cell::asString).collect(Collectors.toList()));
        assertEquals(t.get("rijen").size() + 2, rijen.size(), t.get("id").asText());
        for (int i = 0; i < t.get("rijen").size(); i++) {
          JsonNode rij = t.get("rijen").get(i);
          Row row = rijen.get(i + 2);
          String waar = t.get("id").asText() + " " + rij.get("sleutel").asText();
          assertEquals(rij.get("sleutel").asText(), row.getCell(0).asString(), waar);
          assertEquals(rij.get("label").asText(), row.getCell(1).asString(), waar);
          JsonNode aantal = rij.has("aantal") ? rij.get("aantal") : rij.get("waarde");
          cellen += vergelijk(aantal, cel(row, 2), waar + " aantal");
          JsonNode pct = rij.get("percentage");
          Cell p = cel(row, 3);
          if (pct != null && !pct.isNull()) {
            // The exact fraction is stored; the format shows the report's whole percentage.
            if (rij.has("aantal") && rij.has("noemer") && !rij.get("aantal").isNull()) {
              assertEquals((double) rij.get("aantal").asLong() / rij.get("noemer").asLong(), p.asNumber().doubleValue(), 0.0, waar);
            }
            BigDecimal getoond = p.asNumber().round(new java.math.MathContext(15)).multiply(BigDecimal.valueOf(100))
                .setScale(0, java.math.RoundingMode.HALF_UP);
            assertEquals(pct.asLong(), getoond.longValueExact(), waar + " shown");
            assertEquals("0%", p.getDataFormatString(), waar);
            cellen++;
          } else {
            assertTrue(p == null || p.getType() == CellType.EMPTY, waar + " percentage empty");
          }
          JsonNode n = rij.has("noemer") ? rij.get("noemer") : rij.get("aantalGemeenten");
          cellen += vergelijk(n, cel(row, 4), waar + " n");
        }
      }
      assertTrue(cellen > 400, cellen + " numbers compared");
    }
  }

  /**
   * Tabel 2.2 and Figuur 1.3 are also grids, group by part, as the page and the printed report lay
   * them out: percentages (exact fractions) with each group's n, then counts, equal to the JSON's.
   */
  @Test
  void matricesAreGridsWithTheJsonRenderersNumbers() throws IOException {
    for (Rapport r : List.of(Rapport.van(V), Rapport.van(V).onderdruk(10))) {
      Map<String, List<Row>> bladen = leesTerug(r);
      JsonNode tabellen = json(r).get("tabellen");
      int cellen = 0;
      for (String id : List.of("F1.3", "2.2")) {
        List<JsonNode> rijen = new java.util.ArrayList<>();
        for (JsonNode t : tabellen) {
          if (t.get("id").asText().equals(id)) {
            t.get("rijen").forEach(rijen::add);
          }
        }
        List<String> groepen = rijen.stream().map(j -> j.get("sleutel").asText().split("/")[0]).distinct().toList();
        int delen = rijen.size() / groepen.size();
        List<Row> raster = bladen.get(id + ExcelFormaat.RASTER_BLAD);
        assertEquals(r.tabel(id).orElseThrow().koptekst(), raster.get(0).getCell(0).asString());
        assertEquals("Percentage", raster.get(1).getCell(0).asString());
        assertEquals("n", raster.get(1).getCell(delen + 1).asString());
        Row aantalKop = raster.get(2 + groepen.size());
        assertEquals("Aantal", aantalKop.getCell(0).asString(), id);
        for (int g = 0; g < groepen.size(); g++) {
          Row pct = raster.get(2 + g);
          Row aantal = raster.get(3 + groepen.size() + g);
          String groep = r.tabel(id).orElseThrow().rijen().get(g * delen).groep().orElseThrow().label();
          assertEquals(groep, pct.getCell(0).asString());
          assertEquals(groep, aantal.getCell(0).asString());
          for (int d = 0; d < delen; d++) {
            JsonNode rij = rijen.get(g * delen + d);
            String onderdeel = r.tabel(id).orElseThrow().rijen().get(g * delen + d).onderdeel();
            assertEquals(onderdeel, raster.get(1).getCell(d + 1).asString());
            assertEquals(onderdeel, aantalKop.getCell(d + 1).asString());
            cellen += vergelijk(rij.get("aantal"), cel(aantal, d + 1), id + " " + rij.get("sleutel").asText());
            Cell p = cel(pct, d + 1);
            if (rij.get("aantal").isNull()) {
              assertTrue(p == null || p.getType() == CellType.EMPTY, id + " suppressed");
            } else {
              assertEquals((double) rij.get("aantal").asLong() / rij.get("noemer").asLong(), p.asNumber().doubleValue(), 0.0);
              assertEquals("0%", p.getDataFormatString());
              cellen++;
            }
            cellen += vergelijk(rij.get("noemer"), cel(pct, delen + 1), id + " n");
          }
        }
      }
      assertTrue(cellen > 150, cellen + " numbers compared");
    }
  }

  private static Cell cel(Row row, int i) {
    return row.getOptionalCell(i).orElse(null);
  }

  private static int vergelijk(JsonNode verwacht, Cell cel, String waar) {
    if (verwacht == null || verwacht.isNull()) {
      assertTrue(cel == null || cel.getType() == CellType.EMPTY, waar + " empty, was " + cel);
      return 0;
    }
    assertEquals(CellType.NUMBER, cel.getType(), waar);
    assertEquals(verwacht.asLong(), cel.asNumber().longValueExact(), waar);
    return 1;
  }

  @Test
  void headerRowsAreFrozenAndTextsAreNeverFormulas() throws IOException {
    String vijandig = "=HYPERLINK(\"http://x\";\"klik\")";
    String json = Files.readString(DATA.resolve("vragenlijst-2022.json")).replace("\"Haaksbergen\"", "\"" + vijandig.replace("\"", "\\\"") + "\"");
    Path bestand = Files.createTempFile("vijandig", ".json");
    try {
      Files.writeString(bestand, json);
      Rapport r = Rapport.van(LeaJson.readVragenlijst(bestand));
      ByteArrayOutputStream uit = new ByteArrayOutputStream();
      new ExcelFormaat().render(r, uit);
      String xml = sheetXml(uit.toByteArray(), "xl/worksheets/sheet2.xml");   // sheet 1 is the index
      assertTrue(xml.contains("<pageSetup") && xml.contains("paperSize=\"9\"") && xml.contains("fitToWidth=\"1\"")
          && xml.contains("fitToHeight=\"0\"") && xml.contains("fitToPage=\"true\""), "A4, one page wide: " + xml.substring(0, 600));
      assertTrue(xml.contains("state=\"frozen\"") && xml.contains("ySplit=\"2\""), xml.substring(0, 400));
      Row eerste = leesTerug(r).get("waarschuwingen").get(1);
      assertEquals(CellType.STRING, eerste.getCell(2).getType());
      assertTrue(eerste.getCell(2).asString().startsWith(vijandig));
      assertEquals(null, eerste.getCell(2).getFormula());
    } finally {
      Files.delete(bestand);
    }
  }

  private static String sheetXml(byte[] xlsx, String naam) throws IOException {
    Path bestand = Files.createTempFile("rapport", ".xlsx");
    try {
      Files.write(bestand, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bestand.toFile())) {
        java.util.zip.ZipEntry e = zip.getEntry(naam);
        assertTrue(e != null, naam + " not in the workbook");
        return new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(bestand);
    }
  }

  @Test
  void aVersion1DocumentsV2TablesCarryTheirNoteAfterAnEmptyRow() throws IOException {
    Rapport r = Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022-v1.json")));
    Map<String, List<Row>> bladen = leesTerug(r);
    int noten = 0;
    for (nl.lea.rapport.Tabel t : r.tabellen()) {
      List<Row> rijen = bladen.get(t.id());
      if (t.noot().isPresent()) {
        // The empty row is not stored; the note's row number (1-based) shows it.
        Row laatste = rijen.get(rijen.size() - 1);
        assertEquals(t.rijen().size() + 3, rijen.size(), t.id());
        assertEquals(t.rijen().size() + 4, laatste.getRowNum(), t.id());
        assertEquals(nl.lea.rapport.Tabellen.NIET_GEVRAAGD, laatste.getCell(0).asString(), t.id());
        noten++;
      } else {
        assertEquals(t.rijen().size() + 2, rijen.size(), t.id());
      }
    }
    assertEquals(9, noten);
  }

  @Test
  void rejectsNull() {
    assertThrows(DomainValidationException.class, () -> new ExcelFormaat().render(null, new ByteArrayOutputStream()));
    assertThrows(DomainValidationException.class, () -> new ExcelFormaat().render(Rapport.van(V), null));
  }
}
