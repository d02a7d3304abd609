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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lea profiel} (docs/profiel.md §2) and the letter's appendix. */
class ProfielCliTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final String V2022 = DATA.resolve("vragenlijst-2022.json").toString();
  private static final String V2021 = DATA.resolve("vragenlijst-2021.json").toString();
  private static final String TOEZICHT = DATA.resolve("toezicht-2022.json").toString();

  @Test
  void oneProfileWithItsJudgementAsTextAndAsJson() throws IOException {
    LeaCliTest.Uitkomst u = lea("profiel", V2022, "--gemeente", "GM0308", "--toezicht", TOEZICHT);
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().startsWith("Gemeenteprofiel Baarn (GM0308), verslagjaar 2022\n"), u.out());
    assertTrue(u.out().contains("  Bereik 100% (landelijk gemiddeld 77%, n=273; omvang MIDDEN gemiddeld 77%, n=119)\n"), u.out());
    assertTrue(u.out().contains("  Positie 77 (0 = laagste, 100 = hoogste bereik)\n"), u.out());
    assertTrue(u.out().contains("  Vergelijkbare gemeenten (zelfde omvang, vijfde 1 naar doelgroeppeuters): 24, mediaan bereik 100%, positie 67\n"),
        u.out());
    assertTrue(u.out().contains("Toezicht: categorie na oordeel LEA_EN_VVE; afhandeling LEA VERBETERAFSPRAKEN, vve GEEN_RISICO_MEER\n"), u.out());
    u = lea("profiel", V2022, "--gemeente", "GM0308", "--toezicht", TOEZICHT, "--vorig", V2021, "--formaat", "json");
    assertEquals(0, u.status(), u.err());
    JsonNode j = new ObjectMapper().readTree(u.out());
    assertEquals("lea-profiel/1", j.get("schema").asText());
    assertEquals(2021, j.at("/vorigJaar/verslagjaar").asInt());
    assertEquals("LEA_EN_VVE", j.at("/toezicht/categorieNa").asText());
    for (String formaat : List.of("markdown", "html")) {
      u = lea("profiel", V2022, "--gemeente", "GM0308", "--formaat", formaat);
      assertEquals(0, u.status(), u.err());
      assertTrue(u.out().contains(formaat.equals("html") ? "<figure id=\"figuur-bereik\">" : "| Bereik van de doelgroeppeuters | 100%, positie 77"),
          u.out().substring(0, 300));
    }
  }

  @Test
  void everyGemeenteAsTheDashboardFeedOrAsJsonInDocumentOrder() throws IOException {
    LeaCliTest.Uitkomst u = lea("profiel", V2022, "--alle", "--toezicht", TOEZICHT);
    assertEquals(0, u.status(), u.err());
    List<String> regels = u.out().lines().toList();
    assertEquals(343, regels.size());
    assertTrue(regels.get(0).endsWith(",categorie,regels,categorieNa,lea,vve"), regels.get(0));
    assertTrue(regels.get(1).startsWith("GM0014,Groningen,"), regels.get(1));
    u = lea("profiel", V2022, "--alle", "--formaat", "json");
    JsonNode alle = new ObjectMapper().readTree(u.out());
    assertEquals(342, alle.size());
    assertEquals("GM0014", alle.at("/0/gemeente/code").asText());
  }

  @Test
  void onePagePerGemeenteNeverReplacingAFileWithoutOverschrijf(@TempDir Path tmp) throws IOException {
    Path map = tmp.resolve("profielen");
    LeaCliTest.Uitkomst u = lea("profiel", V2022, "--map", map.toString());
    assertEquals(0, u.status(), u.err());
    assertEquals("342 profielen geschreven in " + map + "\n", u.out());
    try (Stream<Path> s = Files.list(map)) {
      assertEquals(342, s.filter(f -> f.getFileName().toString().matches("GM\\d{4}\\.html")).count());
    }
    Files.writeString(map.resolve("GM0014.html"), "mijn eigen");
    Files.delete(map.resolve("GM0308.html"));
    u = lea("profiel", V2022, "--map", map.toString());
    assertEquals(1, u.status());
    u.geenStackTrace();
    assertTrue(u.err().lines().allMatch(l -> l.endsWith(".html: exists; give --overschrijf to replace it")), u.err());
    assertEquals("mijn eigen", Files.readString(map.resolve("GM0014.html")));
    assertTrue(Files.notExists(map.resolve("GM0308.html")), "nothing written");
    assertEquals(0, lea("profiel", V2022, "--map", map.toString(), "--overschrijf", "--formaat", "markdown").status());
    assertTrue(Files.readString(map.resolve("GM0308.md")).startsWith("# Gemeenteprofiel Baarn (GM0308), 2022"));
  }

  @Test
  void badInputExitsWithTheCodeOrTheFileNamed() {
    LeaCliTest.Uitkomst u = lea("profiel", V2022, "--gemeente", "GM9999");
    assertEquals(1, u.status());
    u.geenStackTrace();
    assertEquals("--gemeente: is not a gemeente of vragenlijst-2022.json, was \"GM9999\"\n", u.err());
    assertEquals(2, lea("profiel", V2022, "--gemeente", "X1").status());
    assertEquals(2, lea("profiel", V2022, "--alle", "--formaat", "html").status());
    assertEquals(2, lea("profiel", V2022, "--gemeente", "GM0308", "--overschrijf").status());
    assertEquals(2, lea("profiel", V2022).status());
    u = lea("profiel", V2021, "--gemeente", "GM0014", "--vorig", V2022);
    assertEquals(1, u.status());
    assertEquals("vragenlijst-2022.json: /verslagjaar: must be before the verslagjaar of vragenlijst-2021.json (2021), was 2022\n", u.err());
  }

  @Test
  void theLetterEndsWithTheGemeentesFiguresBesideTheNationalOnes() {
    LeaCliTest.Uitkomst u = lea("brief", V2022, TOEZICHT, "--gemeente", "GM0308");
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().contains("Inspectie van het Onderwijs\n\n## Bijlage: Uw gegevens in het landelijk beeld\n\n"), u.out());
    assertTrue(u.out().contains("| Bereik van de doelgroeppeuters | 100%, positie 77 (0 = laagste, 100 = hoogste) | gemiddeld 77% |\n"), u.out());
    assertTrue(u.out().contains("| Overleg over bestrijden onderwijsachterstanden | nee | 94% van de gemeenten |\n"), u.out());
  }
}
