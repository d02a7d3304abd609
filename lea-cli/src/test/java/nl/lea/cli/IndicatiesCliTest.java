package nl.lea.cli;

import static nl.lea.cli.LeaCliTest.lea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.lea.cli.LeaCliTest.Uitkomst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/rapport.md: several definitions in one pass — the same counts as one run per definition. */
class IndicatiesCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] INDICATOREN = {"OPLEIDINGSNIVEAU_OUDERS", "ACHTERSTAND_CONSULTATIEBUREAU",
      "ACHTERSTAND_KINDERDAGVERBLIJF", "HERKOMST_KIND", "HERKOMST_OUDERS", "JAREN_IN_NEDERLAND", "THUISTAAL",
      "KIND_VAN_INBURGERAAR", "KIND_IN_AZC"};

  @TempDir
  static Path tmp;
  static Path register;

  @BeforeAll
  static void maakRegister() throws IOException {
    Random r = new Random(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      List<String> ind = new ArrayList<>();
      for (String s : INDICATOREN) {
        if (r.nextInt(100) < 15) {
          ind.add("\"" + s + "\"");
        }
      }
      b.append("{\"id\":\"p-").append(i).append("\",\"gemeente\":\"GM0").append(new String[] {"014", "034", "363", "599"}[r.nextInt(4)])
          .append("\",\"leeftijdInMaanden\":").append(r.nextInt(61)).append(",\"indicatoren\":").append(ind)
          .append(",\"veDeelname\":").append(r.nextBoolean()).append("}\n");
    }
    register = tmp.resolve("register.jsonl");
    Files.writeString(register, b.toString());
  }

  @Test
  void severalDefinitionsGiveWhatOneRunPerDefinitionGives() throws IOException {
    List<String> defs = List.of("THUISTAAL", "THUISTAAL | KIND_IN_AZC", "OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | THUISTAAL", "THUISTAAL");
    List<String> args = new ArrayList<>(List.of("indicatie", register.toString()));
    defs.forEach(d -> args.addAll(List.of("--definitie", d)));
    Uitkomst u = lea(args.toArray(String[]::new));
    assertEquals(0, u.status(), u.err());
    JsonNode samen = MAPPER.readTree(u.out());
    assertEquals("lea-indicaties/1", samen.get("schema").asText());
    assertEquals(defs.size(), samen.get("definities").size(), "a definition given twice appears twice");
    for (int i = 0; i < defs.size(); i++) {
      JsonNode los = MAPPER.readTree(lea("indicatie", register.toString(), "--definitie", defs.get(i)).out());
      JsonNode entry = samen.get("definities").get(i);
      assertEquals(los.get("definitie"), entry.get("definitie"));
      assertEquals(los.get("omvang"), entry.get("omvang"));
      assertEquals(los.get("gemeenten"), entry.get("gemeenten"));
      long totaal = 0;
      for (JsonNode g : los.get("gemeenten")) {
        totaal += g.get("doelgroeppeuters").asLong();
      }
      assertEquals(totaal, entry.get("totaal").get("doelgroeppeuters").asLong());
    }
  }

  @Test
  void definitionsFromAFileWithComments() throws IOException {
    Path f = tmp.resolve("definities.txt");
    Files.writeString(f, "# kandidaten\nTHUISTAAL\n\nTHUISTAAL | KIND_IN_AZC   # breder\n");
    Uitkomst u = lea("indicatie", register.toString(), "--definities", f.toString(), "--formaat", "csv");
    assertEquals(0, u.status(), u.err());
    List<String> regels = u.out().lines().toList();
    assertEquals("definitie,omvang,code,doelgroeppeuters,bereikteDoelgroeppeuters,bereik", regels.get(0));
    assertEquals(1 + 2 * 4, regels.size(), u.out());
    assertTrue(regels.get(5).startsWith("THUISTAAL | KIND_IN_AZC,SMAL,GM0014,"), regels.get(5));
    Files.writeString(f, "THUISTAAL\nTHUISTAAL | SCHOENMAAT\n");
    Uitkomst fout = lea("indicatie", register.toString(), "--definities", f.toString());
    assertEquals(1, fout.status());
    assertTrue(fout.err().startsWith(f + ": line 2: unknown indicator SCHOENMAAT"), fout.err());
  }

  @Test
  void breedteRanksEverySingleClauseDefinition() throws IOException {
    Uitkomst u = lea("indicatie", register.toString(), "--breedte", "3");
    assertEquals(0, u.status(), u.err());
    JsonNode defs = MAPPER.readTree(u.out()).get("definities");
    assertEquals(129, defs.size());
    for (int i = 1; i < defs.size(); i++) {
      long vorige = defs.get(i - 1).get("totaal").get("doelgroeppeuters").asLong();
      long deze = defs.get(i).get("totaal").get("doelgroeppeuters").asLong();
      assertTrue(vorige > deze || vorige == deze
          && defs.get(i - 1).get("definitie").asText().compareTo(defs.get(i).get("definitie").asText()) < 0, "ranked at " + i);
    }
    assertEquals(2, lea("indicatie", register.toString(), "--breedte", "3", "--definitie", "THUISTAAL").status());
    assertEquals(2, lea("indicatie", register.toString(), "--breedte", "10").status());
    assertEquals(2, lea("indicatie", register.toString()).status());
  }

  /** A register of more than a megabyte is read in parallel from a file, and as a stream from stdin: the same answers. */
  @Test
  void aLargeFileAndStandardInputGiveTheSameAnswers() throws IOException {
    String een = Files.readString(register);
    Path groot = tmp.resolve("groot.jsonl");
    Files.writeString(groot, een.repeat(4) + een.lines().findFirst().orElseThrow().replace("\"id\":\"p-0\"", "\"id\":\"\u00e9\""));
    assertTrue(Files.size(groot) > 1 << 20);
    java.io.InputStream oud = System.in;
    try {
      for (String[] vraag : List.of(new String[] {"--definitie", "THUISTAAL | KIND_IN_AZC"}, new String[] {"--breedte", "2"})) {
        Uitkomst bestand = lea(concat("indicatie", groot.toString(), vraag));
        System.setIn(Files.newInputStream(groot));
        Inputs.nieuweRun();
        Uitkomst stroom = lea(concat("indicatie", "-", vraag));
        assertEquals(0, bestand.status(), bestand.err());
        assertEquals(bestand.out(), stroom.out());
      }
      Files.writeString(groot, een.repeat(4) + "{\"id\":\"x\"}\n" + een);
      Uitkomst fout = lea("indicatie", groot.toString(), "--definitie", "THUISTAAL");
      assertEquals(1, fout.status());
      int regel = 4 * 3_000 + 1;
      assertTrue(fout.err().startsWith(groot + ": line " + regel + ": /gemeente: is required"), fout.err());
    } finally {
      System.setIn(oud);
    }
  }

  private static String[] concat(String a, String b, String[] rest) {
    List<String> l = new ArrayList<>(List.of(a, b));
    l.addAll(List.of(rest));
    return l.toArray(String[]::new);
  }
}
