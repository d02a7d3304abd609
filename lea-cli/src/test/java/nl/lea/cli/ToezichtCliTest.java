package nl.lea.cli;

import static nl.lea.cli.LeaCliTest.lea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.lea.cli.LeaCliTest.Uitkomst;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/toezicht.md §6: toezicht, rapport --toezicht, valideer --toezicht and brief. */
class ToezichtCliTest {

  static final String VRAGENLIJST = LeaCliTest.DATA.toString();
  static final Path TOEZICHT_PAD = Path.of("..", "examples", "data", "toezicht-2022.json");
  static final String TOEZICHT = TOEZICHT_PAD.toString();

  /** The shipped toezicht document with one text replaced. */
  private static Path met(Path map, String van, String naar) throws IOException {
    String tekst = Files.readString(TOEZICHT_PAD);
    assertTrue(tekst.contains(van), van);
    Path bestand = map.resolve("toezicht-2022.json");
    Files.writeString(bestand, tekst.replace(van, naar));
    return bestand;
  }

  @Test
  void rapportWithToezichtPrintsTheSection3Tables() {
    Uitkomst u = lea("rapport", VRAGENLIJST, "--toezicht", TOEZICHT);
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().contains("  Mogelijk risico na beoordeling             280         82%  342"), u.out());
    assertTrue(u.out().contains("  Contactgemeenten (LEA en/of vve)                       93         27%  342"), u.out());
    assertTrue(u.out().contains("  Geen risico (meer)      35         54%  65"), u.out());
    assertTrue(u.out().contains("  Geen risico (meer)      56         62%  90"), u.out());
    Uitkomst json = lea("rapport", VRAGENLIJST, "--toezicht", TOEZICHT, "--formaat", "json", "--onderdruk", "5");
    assertTrue(json.out().contains("\"id\": \"3.afhandeling\""), json.out());
    assertTrue(json.out().contains("\"sleutel\": \"NIET_INGEVULD\",\n          \"label\": \"Contactgemeenten die de vragenlijst niet invulden\",\n          \"aantal\": null"), json.out());
    assertTrue(lea("rapport", VRAGENLIJST, "--toezicht", TOEZICHT, "--formaat", "csv").out().contains("3.contact,LEA,Contact over LEA,65,342,19"));
    assertTrue(lea("rapport", VRAGENLIJST, "--toezicht", TOEZICHT, "--formaat", "markdown").out().contains("| Contact over vve | 90 | 26% | 342 |"));
  }

  @Test
  void withoutToezichtTheReportHasNoSection3() {
    assertFalse(lea("rapport", VRAGENLIJST).out().contains("3.risico"));
  }

  @Test
  void valideerWithToezicht() {
    Uitkomst u = lea("valideer", VRAGENLIJST, "--toezicht", TOEZICHT);
    assertEquals(0, u.status(), u.err());
    assertEquals("geldig: 342 gemeenten, 239 beoordelingen" + System.lineSeparator(), u.out());
  }

  @Test
  void invalidToezichtErrorsArePrefixedWithTheFileName(@TempDir Path map) throws IOException {
    Path kapot = met(map, "\"regel\": \"V1\"", "\"regel\": \"V9\"");
    for (String commando : List.of("valideer", "rapport", "toezicht", "brief")) {
      Uitkomst u = switch (commando) {
        case "valideer", "rapport" -> lea(commando, VRAGENLIJST, "--toezicht", kapot.toString());
        case "brief" -> lea(commando, VRAGENLIJST, kapot.toString(), "--gemeente", "GM0014");
        default -> lea(commando, VRAGENLIJST, kapot.toString());
      };
      assertEquals(1, u.status(), commando);
      assertEquals("", u.out(), commando);
      u.geenStackTrace();
      List<String> regels = u.err().lines().toList();
      assertFalse(regels.isEmpty());
      assertTrue(regels.stream().allMatch(r -> r.matches("toezicht-2022\\.json: /gemeenten/\\d+/aanvaardeToelichtingen/\\d+/regel: "
          + "unknown value; allowed: " + String.join(", ", Risicoanalyse.standaard().codes()) + ", was \"V9\"")), u.err());
    }
  }

  @Test
  void anInvalidVragenlijstReportsOnlyItsOwnErrors() throws Exception {
    Uitkomst u = lea("toezicht", LeaCliTest.kapot().toString(), TOEZICHT);
    assertEquals(1, u.status());
    assertTrue(u.err().lines().allMatch(r -> r.startsWith("kapot.json: /")), u.err());
  }

  @Test
  void aMissingFileIsExitOne() {
    Uitkomst u = lea("toezicht", VRAGENLIJST, "geen/toezicht.json");
    assertEquals(1, u.status());
    assertEquals("geen/toezicht.json: cannot read: no such file", u.err().strip());
  }

  @Test
  void toezichtAsJsonAndCsv() {
    Uitkomst json = lea("toezicht", VRAGENLIJST, TOEZICHT);
    assertEquals(0, json.status(), json.err());
    assertTrue(json.out().startsWith("{\"schema\":\"lea-toezichtoverzicht/1\",\"verslagjaar\":2022,\"gemeenten\":[{\"code\":\"GM0014\""), json.out());
    // Achtkarspelen: L3, L4 (its toelichting accepted) and V2 fired; a contact about LEA ended in verbeterafspraken.
    assertTrue(json.out().contains("{\"code\":\"GM0059\",\"naam\":\"Achtkarspelen\",\"regels\":[\"L3\",\"L4\",\"V2\"],\"aanvaard\":[\"L4\"],"
        + "\"signalen\":[],\"categorieVoor\":\"LEA_EN_VVE\",\"categorieNa\":\"LEA_EN_VVE\","
        + "\"afhandeling\":{\"LEA\":\"VERBETERAFSPRAKEN\",\"VVE\":\"GEEN_RISICO_MEER\"}}"), json.out());
    Uitkomst csv = lea("toezicht", VRAGENLIJST, TOEZICHT, "--formaat", "csv");
    List<String> regels = csv.out().lines().toList();
    assertEquals("code,naam,regels,aanvaard,signalen,categorieVoor,categorieNa,lea,vve", regels.get(0));
    assertEquals(343, regels.size());
    assertTrue(regels.contains("GM0059,Achtkarspelen,L3 L4 V2,L4,,LEA_EN_VVE,LEA_EN_VVE,VERBETERAFSPRAKEN,GEEN_RISICO_MEER"), csv.out());
  }

  @Test
  void briefToStdout() {
    Uitkomst u = lea("brief", VRAGENLIJST, TOEZICHT, "--gemeente", "GM0059");
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().startsWith("# Waarborgtoezicht LEA/vve 2022: gemeente Achtkarspelen (GM0059)"), u.out());
    assertTrue(u.out().contains("Uiterlijk 30 juni 2024 (2024-06-30)."), u.out());
  }

  @Test
  void briefForAnUnknownGemeenteIsExitOne() {
    Uitkomst u = lea("brief", VRAGENLIJST, TOEZICHT, "--gemeente", "GM9999");
    assertEquals(1, u.status());
    assertEquals("--gemeente: is not a gemeente of vragenlijst-2022.json, was \"GM9999\"", u.err().strip());
    assertEquals(2, lea("brief", VRAGENLIJST, TOEZICHT).status());
    assertEquals(2, lea("brief", VRAGENLIJST, TOEZICHT, "--gemeente", "GM0014", "--map", "x").status());
  }

  @Test
  void briefMapWritesOneLetterPerGemeenteAndNeverOverwritesUnasked(@TempDir Path tmp) throws IOException {
    Path map = tmp.resolve("brieven");
    Uitkomst u = lea("brief", VRAGENLIJST, TOEZICHT, "--map", map.toString());
    assertEquals(0, u.status(), u.err());
    try (Stream<Path> bestanden = Files.list(map)) {
      List<String> namen = bestanden.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(342, namen.size());
      assertTrue(namen.stream().allMatch(n -> n.matches("GM\\d{4}\\.md")), namen.toString());
    }
    assertTrue(Files.readString(map.resolve("GM0047.md"), StandardCharsets.UTF_8).contains("gemeente Veendam (GM0047)"));

    Files.writeString(map.resolve("GM0014.md"), "eigen aantekeningen");
    Uitkomst nogmaals = lea("brief", VRAGENLIJST, TOEZICHT, "--map", map.toString());
    assertEquals(1, nogmaals.status());
    assertTrue(nogmaals.err().contains("GM0014.md: exists; give --overschrijf to replace it"), nogmaals.err());
    assertEquals("eigen aantekeningen", Files.readString(map.resolve("GM0014.md")));

    Uitkomst overschrijf = lea("brief", VRAGENLIJST, TOEZICHT, "--map", map.toString(), "--overschrijf");
    assertEquals(0, overschrijf.status(), overschrijf.err());
    assertTrue(Files.readString(map.resolve("GM0014.md")).startsWith("# Waarborgtoezicht"));
    try (Stream<Path> bestanden = Files.list(map)) {
      assertEquals(342, bestanden.count(), "no temporary files are left behind");
    }
  }
}
