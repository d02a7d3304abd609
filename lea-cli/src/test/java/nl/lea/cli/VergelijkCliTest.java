package nl.lea.cli;

import static nl.lea.cli.LeaCliTest.lea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lea vergelijk} (docs/jaren.md §4): the shipped years, and every input's errors with its file. */
class VergelijkCliTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final String J2020 = DATA.resolve("vragenlijst-2020.json").toString();
  private static final String J2021 = DATA.resolve("vragenlijst-2021.json").toString();
  private static final String J2022 = DATA.resolve("vragenlijst-2022.json").toString();
  private static final String CIJFERS = DATA.resolve("cijfers-nl.json").toString();

  @Test
  void theJsonIsLeaVergelijkingAsTheSpecShowsIt() throws IOException {
    LeaCliTest.Uitkomst u = lea("vergelijk", J2022, J2020, J2021, "--cijfers", CIJFERS, "--formaat", "json");
    assertEquals(0, u.status(), u.err());
    JsonNode root = new ObjectMapper().readTree(u.out());
    assertEquals(List.of("schema", "jaren", "documenten", "tabellen", "cohort"), List.copyOf(iterable(root.fieldNames())));
    assertEquals("lea-vergelijking/1", root.get("schema").asText());
    JsonNode rij = null;
    for (JsonNode t : root.get("tabellen")) {
      if (t.get("id").asText().equals("1.1-lea-overleg")) {
        rij = t.at("/rijen/0");
      }
    }
    // JAREN.md §5a's example row, but for the text of bronvermelding and the 2×2 (a v1 document answers nothing).
    String bron = new ObjectMapper().readTree(Files.readString(DATA.resolve("cijfers-nl.json"))).at("/cijfers/0/bron").asText();
    JsonNode verwacht = new ObjectMapper().readTree(("{ 'sleutel': 'GEEN_LEA_OVERLEG', 'label': 'Geen overleg onder de naam LEA',"
        + " 'jaren': ["
        + "  { 'verslagjaar': 2020, 'bron': 'document', 'aantal': 0, 'noemer': 0, 'percentage': null },"
        + "  { 'verslagjaar': 2021, 'bron': 'gepubliceerd', 'aantal': 35, 'noemer': 325, 'percentage': 11, 'bronvermelding': 'BRON' },"
        + "  { 'verslagjaar': 2022, 'bron': 'document', 'aantal': 70, 'noemer': 340, 'percentage': 21 } ],"
        + " 'vorigJaar': 2021, 'verschil': 10, 'noemerGewijzigd': false,"
        + " 'overgangen': { 'vanJaar': 2021, 'naarJaar': 2022, 'aantalGemeenten': 0, 'jaJa': 0, 'jaNee': 0, 'neeJa': 0, 'neeNee': 0 } }")
        .replace('\'', '"').replace("BRON", bron));
    assertEquals(verwacht, rij);
    assertEquals(88, root.at("/cohort/aantalGemeenten").asInt());
    assertEquals(List.of("GM0363", "GM1992"), List.of(root.at("/documenten/1/nietVergelijkbaar/0").asText(),
        root.at("/documenten/1/nietVergelijkbaar/1").asText()));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new java.util.ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  @Test
  void theTextMarksPublishedFiguresAndChangedGroups() {
    LeaCliTest.Uitkomst u = lea("vergelijk", J2020, J2021, J2022, "--cijfers", CIJFERS);
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().contains("  Geen overleg onder de naam LEA     -  11% g   21%       +10\n"), u.out());
    assertTrue(u.out().contains("\n* andere groep gemeenten: de noemer veranderde met meer dan 5%\n"), u.out());
    assertTrue(u.out().contains("Cohort  Gemeenten die in elk jaar alle drie aantallen aanleverden (n=88)"), u.out());
  }

  @Test
  void everyInputsErrorsCarryItsFileName(@TempDir Path tmp) throws IOException {
    Path tweede = tmp.resolve("ook-2022.json");
    Files.copy(Path.of(J2022), tweede);
    LeaCliTest.Uitkomst u = lea("vergelijk", J2021, J2022, tweede.toString());
    assertEquals(1, u.status());
    u.geenStackTrace();
    assertEquals(List.of("ook-2022.json: /verslagjaar: is also the verslagjaar of vragenlijst-2022.json, was 2022"), u.err().lines().toList());
    Path cijfers = tmp.resolve("mijn-cijfers.json");
    Files.writeString(cijfers, "{\"schema\":\"lea-cijfers/1\",\"cijfers\":[{\"verslagjaar\":2022,\"tabel\":\"1.1\",\"sleutel\":"
        + "\"VOORKOMEN_SEGREGATIE\",\"aantal\":1,\"noemer\":2,\"bron\":\"b\"},{\"verslagjaar\":2021,\"tabel\":\"bereik\",\"sleutel\":"
        + "\"GEWOGEN\",\"aantal\":1,\"noemer\":2,\"bron\":\"b\"}]}");
    u = lea("vergelijk", J2021, J2022, "--cijfers", cijfers.toString());
    assertEquals(1, u.status());
    assertEquals(List.of("mijn-cijfers.json: /cijfers/1/sleutel: is a mean row; a published figure is a count row, was \"GEWOGEN\"",
        "mijn-cijfers.json: /cijfers/0: gives a figure the document of 2022 supplies (two sources for one number)"),
        u.err().lines().toList());
    Path kapot = tmp.resolve("h.json");
    Files.writeString(kapot, "{\"schema\":\"lea-herindelingen/1\",\"herindelingen\":[{\"datum\":\"2023-13-01\",\"van\":[],"
        + "\"naar\":{\"code\":\"GM1992\",\"naam\":\"Voorne aan Zee\"}}]}");
    u = lea("vergelijk", J2021, "niet/daar.json", "--herindelingen", kapot.toString());
    assertEquals(1, u.status());
    u.geenStackTrace();
    List<String> regels = u.err().lines().toList();
    assertEquals("niet/daar.json: cannot read: no such file", regels.get(0), u.err());
    assertTrue(regels.contains("h.json: /herindelingen/0/datum: must be a calendar date written YYYY-MM-DD, year 0001..9999, was \"2023-13-01\""), u.err());
    assertTrue(regels.contains("h.json: /herindelingen/0/van: must name at least one gemeente"), u.err());
    assertEquals(2, lea("vergelijk", J2022, "--onderdruk", "1").status());
    assertEquals(2, lea("vergelijk", J2022, "--formaat", "pdf").status());
  }

  @Test
  void everyFormatAndTheWorkbookOnlyToAFile(@TempDir Path tmp) throws IOException {
    for (String formaat : List.of("markdown", "csv", "html")) {
      LeaCliTest.Uitkomst u = lea("vergelijk", J2020, J2021, J2022, "--cijfers", CIJFERS, "--formaat", formaat);
      assertEquals(0, u.status(), u.err());
      assertTrue(u.out().contains(switch (formaat) {
        case "markdown" -> "| Geen overleg onder de naam LEA | - | 11% g | 21% | +10 |";
        case "csv" -> "1.1-lea-overleg,GEEN_LEA_OVERLEG,Geen overleg onder de naam LEA,2022,document,70,340,21,,,,false,2021,10,false,";
        default -> "<figure id=\"figuur-1.1-lea-overleg-GEEN_LEA_OVERLEG\">";
      }), formaat);
    }
    assertEquals(2, lea("vergelijk", J2022, "--formaat", "xlsx").status());
    Path xlsx = tmp.resolve("v.xlsx");
    assertEquals(0, lea("vergelijk", J2021, J2022, "--formaat", "xlsx", "--uitvoer", xlsx.toString()).status());
    byte[] zip = Files.readAllBytes(xlsx);
    assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Test
  void theReportWithEarlierYearsGainsTheirColumnsAndEveryInputsErrorsCarryItsFileName(@TempDir Path tmp) throws IOException {
    LeaCliTest.Uitkomst u = lea("rapport", J2022, "--vorig", J2021, "--vorig", J2020, "--cijfers", CIJFERS, "--formaat", "json");
    assertEquals(0, u.status(), u.err());
    JsonNode root = new ObjectMapper().readTree(u.out());
    assertEquals(List.of("schema", "verslagjaar", "aantalGemeenten", "aantalIngevuld", "vorigeJaren", "tabellen", "waarschuwingen", "cohort"),
        iterable(root.fieldNames()));
    assertEquals(88, root.at("/cohort/aantalGemeenten").asInt());
    u = lea("rapport", J2022, "--vorig", J2021);
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().contains("  Geen overleg onder de naam LEA      70         21%  340             -         -\n"), u.out());
    assertTrue(u.out().contains("Vorig (2021)  Verschil"), u.out());
    // A --vorig document of the report's year or later, and a published figure after it.
    Path later = tmp.resolve("later.json");
    Files.writeString(later, Files.readString(Path.of(J2021)).replaceFirst("\"verslagjaar\": 2021", "\"verslagjaar\": 2023"));
    Path cijfers = tmp.resolve("c.json");
    Files.writeString(cijfers, "{\"schema\":\"lea-cijfers/1\",\"cijfers\":[{\"verslagjaar\":2021,\"tabel\":\"1.1-lea-overleg\",\"sleutel\":"
        + "\"GEEN_LEA_OVERLEG\",\"aantal\":1,\"noemer\":2,\"bron\":\"b\"},{\"verslagjaar\":2023,\"tabel\":\"1.1\",\"sleutel\":"
        + "\"VOORKOMEN_SEGREGATIE\",\"aantal\":1,\"noemer\":2,\"bron\":\"b\"}]}");
    u = lea("rapport", J2021, "--vorig", J2022, "--vorig", later.toString(), "--vorig", J2020, "--cijfers", cijfers.toString());
    assertEquals(1, u.status());
    u.geenStackTrace();
    assertEquals(List.of("vragenlijst-2022.json: /verslagjaar: must be before the verslagjaar of vragenlijst-2021.json (2021), was 2022",
        "later.json: /verslagjaar: must be before the verslagjaar of vragenlijst-2021.json (2021), was 2023",
        "c.json: /cijfers/1/verslagjaar: must not be after the report's verslagjaar 2021, was 2023"), u.err().lines().toList());
    // The report's own document invalid: its errors under its name, with the others'.
    Path kapot = tmp.resolve("kapot.json");
    Files.writeString(kapot, "{\"schema\":\"lea-vragenlijst/1\",\"verslagjaar\":1999,\"gemeenten\":[]}");
    u = lea("rapport", kapot.toString(), "--vorig", "weg.json");
    assertEquals(1, u.status());
    u.geenStackTrace();
    assertTrue(u.err().lines().allMatch(l -> l.startsWith("kapot.json: /") || l.equals("weg.json: cannot read: no such file")), u.err());
    assertTrue(u.err().contains("weg.json: cannot read: no such file"), u.err());
    assertEquals(2, lea("rapport", J2022, "--cijfers", CIJFERS).status());
    assertEquals(2, lea("rapport", J2022, "--herindelingen", CIJFERS).status());
  }
}
