package nl.lea.rapport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.lea.core.DomainValidationException;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Vergelijking;
import org.junit.jupiter.api.Test;

/**
 * docs/jaren.md §4: the report with earlier years ({@code rapport --vorig}) in every text format, and
 * the comparison's Markdown and CSV, each checked against the comparison's own JSON.
 */
class VorigeJarenTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V2020 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json"));
  private static final Vragenlijst V2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
  private static final Vragenlijst V2022 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Vergelijking V = Vergelijking.van(List.of(V2020, V2021, V2022), LeaJson.herindelingenNl(), LeaJson.cijfersNl());
  private static final Rapport R = Rapport.van(V2022);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String tekst(TekstRapportFormaat f, Vergelijking v) throws IOException {
    StringWriter w = new StringWriter();
    f.render(R, v, w);
    return w.toString();
  }

  private static JsonNode vergelijkingJson() throws IOException {
    StringWriter w = new StringWriter();
    VergelijkingRenderer.json(V, w);
    return JSON.readTree(w.toString());
  }

  /** The comparison's row: table id and key to its JSON object. */
  private static Map<String, JsonNode> rijen(JsonNode vergelijking) {
    Map<String, JsonNode> rijen = new HashMap<>();
    for (JsonNode t : vergelijking.get("tabellen")) {
      for (JsonNode r : t.get("rijen")) {
        rijen.put(t.get("id").asText() + "/" + r.get("sleutel").asText(), r);
      }
    }
    return rijen;
  }

  /** What a year's entry compares: its percentage, a sum row's waarde (null for neither). */
  private static JsonNode maat(JsonNode rij, JsonNode jaar) {
    for (JsonNode w : rij.get("jaren")) {
      if (w.get("verslagjaar").equals(jaar)) {
        return w.has("waarde") ? w.get("waarde") : w.get("percentage");
      }
    }
    throw new AssertionError("no entry for " + jaar);
  }

  @Test
  void theJsonIsTheReportWithFourMembersPerRowTheEarlierYearsAndTheCohort() throws IOException {
    JsonNode met = JSON.readTree(tekst(new JsonFormaat(), V));
    Map<String, JsonNode> vergelijking = rijen(vergelijkingJson());
    assertEquals("[2020,2021]", met.get("vorigeJaren").toString());
    assertEquals(vergelijkingJson().get("cohort"), met.get("cohort"));
    int rijen = 0;
    for (JsonNode t : met.get("tabellen")) {
      for (JsonNode r : t.get("rijen")) {
        JsonNode v = vergelijking.get(t.get("id").asText() + "/" + r.get("sleutel").asText());
        assertEquals(v.get("vorigJaar"), r.get("vorigJaar"));
        assertEquals(v.get("verschil"), r.get("verschil"));
        assertEquals(v.get("noemerGewijzigd"), r.get("noemerGewijzigd"));
        assertEquals(v.get("vorigJaar").isNull() ? r.get("vorigJaar") : maat(v, v.get("vorigJaar")), r.get("vorig"));
        for (String naam : List.of("vorigJaar", "vorig", "verschil", "noemerGewijzigd")) {
          ((ObjectNode) r).remove(naam);
        }
        rijen++;
      }
    }
    // Without the four members, the earlier years and the cohort, it is lea-rapport/1 of the year itself.
    ((ObjectNode) met).remove(List.of("vorigeJaren", "cohort"));
    StringWriter w = new StringWriter();
    new JsonFormaat().render(R, w);
    assertEquals(JSON.readTree(w.toString()), met);
    assertTrue(rijen > 300, "rows: " + rijen);
    for (JsonNode t : JSON.readTree(tekst(new JsonFormaat(), V)).get("tabellen")) {
      if (t.get("id").asText().equals("1.1-lea-overleg")) {
        assertEquals("{\"sleutel\":\"GEEN_LEA_OVERLEG\",\"label\":\"Geen overleg onder de naam LEA\",\"aantal\":70,\"noemer\":340,"
            + "\"percentage\":21,\"vorigJaar\":2021,\"vorig\":11,\"verschil\":10,\"noemerGewijzigd\":false}", t.get("rijen").get(0).toString());
      }
    }
  }

  @Test
  void theCsvGainsFourColumnsWithTheJsonsValues() throws IOException {
    String[] regels = tekst(new CsvFormaat(), V).split("\r\n");
    assertEquals("tabel,sleutel,label,aantal,noemer,percentage,waarde,fractie,aantalGemeenten,onderdrukt,vorigJaar,vorig,verschil,"
        + "noemerGewijzigd", regels[0]);
    JsonNode json = JSON.readTree(tekst(new JsonFormaat(), V));
    List<String> verwacht = new ArrayList<>();
    for (JsonNode t : json.get("tabellen")) {
      for (JsonNode r : t.get("rijen")) {
        verwacht.add(t.get("id").asText() + "/" + r.get("sleutel").asText() + ":" + veld(r.get("vorigJaar")) + "," + veld(r.get("vorig"))
            + "," + veld(r.get("verschil")) + "," + veld(r.get("noemerGewijzigd")));
      }
    }
    List<String> gelezen = new ArrayList<>();
    for (int i = 1; i < regels.length; i++) {
      // The labels hold no quote; the last four fields follow the last comma-separated ten.
      String[] v = regels[i].replaceAll("\"[^\"]*\"", "L").split(",", -1);
      int n = v.length;
      gelezen.add(v[0] + "/" + v[1] + ":" + v[n - 4] + "," + v[n - 3] + "," + v[n - 2] + "," + v[n - 1]);
    }
    assertEquals(verwacht, gelezen);
    assertTrue(gelezen.stream().anyMatch(g -> g.contains(",-")), "a negative verschil keeps its sign, unprefixed");
  }

  private static String veld(JsonNode n) {
    return n.isNull() ? "" : n.asText();
  }

  @Test
  void textAndMarkdownShowThePreviousValueTheVerschilTheirFootnotesAndTheCohort() throws IOException {
    String tekst = tekst(new PlatteTekstFormaat(), V);
    assertTrue(tekst.contains("Vorig (2021)  Verschil"), tekst.substring(0, 400));
    assertTrue(tekst.lines().anyMatch(l -> l.matches("  Geen overleg onder de naam LEA +70 +21% +340 +11% g +\\+10")), "lea-overleg");
    assertTrue(tekst.contains(VergelijkingRenderer.ANDERE_GROEP) && tekst.contains(VergelijkingRenderer.GEPUBLICEERD));
    assertTrue(tekst.contains("Cohort  Gemeenten die in elk jaar alle drie aantallen aanleverden (n=88)"));
    String md = tekst(new MarkdownFormaat(), V);
    assertTrue(md.contains("| Geen overleg onder de naam LEA | 70 | 21% | 340 | 11% g | +10 |"), "markdown row");
    assertTrue(md.contains("| 2020 | 11.872 | 15.507 | 9.400 | 79% | 79% |"), "cohort");
    assertTrue(md.contains("\\*"), "a marked verschil's * is escaped");
    assertFalse(md.lines().anyMatch(l -> l.startsWith("|") && l.matches(".*[^\\\\]\\*.*")), "no unescaped *");
  }

  @Test
  void aComparisonThatDoesNotEndInTheReportsYearOrAFormatWithoutColumnsIsRefused() {
    Vergelijking tot2021 = Vergelijking.van(List.of(V2020, V2021), LeaJson.herindelingenNl(), Cijfers.geen());
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> new JsonFormaat().render(R, tot2021, new StringWriter()));
    assertTrue(e.getMessage().contains("vorigeJaren"), e.getMessage());
    TekstRapportFormaat eigen = new TekstRapportFormaat() {
      @Override
      public String naam() {
        return "eigen";
      }

      @Override
      public void render(Rapport rapport, Writer out) throws IOException {
        out.write("x");
      }
    };
    StringWriter w = new StringWriter();
    e = assertThrows(DomainValidationException.class, () -> eigen.render(R, V, w));
    assertTrue(e.getMessage().contains("formaat") && e.getMessage().contains("eigen"), e.getMessage());
    assertEquals("", w.toString());
  }

  @Test
  void theComparisonsCsvHasALinePerYearEntryWithTheJsonsFiguresAndTheCohort() throws IOException {
    StringWriter w = new StringWriter();
    VergelijkingRenderer.csv(V, w);
    String[] regels = w.toString().split("\r\n");
    assertEquals(String.join(",", VergelijkingRegels.KOPPEN), regels[0]);
    JsonNode json = vergelijkingJson();
    List<String> verwacht = new ArrayList<>();
    for (JsonNode t : json.get("tabellen")) {
      for (JsonNode r : t.get("rijen")) {
        for (JsonNode j : r.get("jaren")) {
          boolean laatste = j.get("verslagjaar").asInt() == 2022;
          verwacht.add(t.get("id").asText() + "|" + r.get("sleutel").asText() + "|" + j.get("verslagjaar") + "|" + j.get("bron").asText()
              + "|" + veld(j.path("aantal")) + "|" + veld(j.path("noemer")) + "|" + veld(j.path("percentage")) + "|"
              + veld(j.path("waarde")) + "|" + veld(j.path("aantalGemeenten")) + "|"
              + (laatste ? veld(r.get("vorigJaar")) + "|" + veld(r.get("verschil")) + "|" + veld(r.get("noemerGewijzigd")) : "||")
              + "|" + (laatste && r.has("overgangen") && !r.get("overgangen").isNull() ? r.get("overgangen").get("jaJa").asText() : ""));
        }
      }
    }
    List<String> gelezen = new ArrayList<>();
    int cohort = 0;
    for (int i = 1; i < regels.length; i++) {
      List<String> v = velden(regels[i]);
      if (v.get(0).equals("cohort")) {
        cohort++;
        continue;
      }
      gelezen.add(String.join("|", v.get(0), v.get(1), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(10), v.get(12),
          v.get(13), v.get(14), v.get(16)));
    }
    assertEquals(verwacht, gelezen);
    assertEquals(5 * 3, cohort);
    assertTrue(w.toString().contains("\r\ncohort,GEWOGEN,Gewogen bereik,2020,document,,,79,,0.7917789757412399,88,false,"));
  }

  /** The fields of one CSV line (RFC 4180 quotes). */
  private static List<String> velden(String regel) {
    List<String> velden = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean binnen = false;
    for (int i = 0; i < regel.length(); i++) {
      char c = regel.charAt(i);
      if (binnen && c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
        b.append('"');
        i++;
      } else if (c == '"') {
        binnen = !binnen;
      } else if (c == ',' && !binnen) {
        velden.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    velden.add(b.toString());
    return velden;
  }
}
