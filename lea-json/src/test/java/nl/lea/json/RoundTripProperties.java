package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** The writer and the reader are inverse: read(write(doc)) equals doc; write(read(text)) is stable. */
class RoundTripProperties {

  /** The data set shipped with the examples (a copy of the report's synthetic data). */
  static final Path DATA_2022 = Path.of("..", "examples", "data", "vragenlijst-2022.json");

  @Test
  void readOfWriteIsTheDocument() {
    qt().withExamples(1_000).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 20)).checkAssert(v -> {
      assertEquals(v, LeaJson.readVragenlijst(LeaJson.writeVragenlijst(v, true)));
      assertEquals(v, LeaJson.readVragenlijst(LeaJson.writeVragenlijst(v, false)));
    });
  }

  @Test
  void writeOfReadIsByteStable() {
    qt().withExamples(1_000).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 20)).checkAssert(v -> {
      byte[] eens = LeaJson.writeVragenlijstBytes(v, true);
      assertArrayEquals(eens, LeaJson.writeVragenlijstBytes(LeaJson.readVragenlijst(eens), true));
      byte[] compact = LeaJson.writeVragenlijstBytes(v, false);
      assertArrayEquals(compact, LeaJson.writeVragenlijstBytes(LeaJson.readVragenlijst(compact), false));
    });
  }

  @Test
  void jaarverantwoordingenRoundTripAndStayVersion2() {
    qt().withExamples(500).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 12).jaarverantwoording()).checkAssert(v -> {
      byte[] eens = LeaJson.writeVragenlijstBytes(v, true);
      Vragenlijst terug = LeaJson.readVragenlijst(eens);
      assertEquals(v, terug);
      assertArrayEquals(eens, LeaJson.writeVragenlijstBytes(terug, true));
      String schema = v.isJaarverantwoording() ? "lea-vragenlijst/2" : "lea-vragenlijst/1";
      assertTrue(new String(eens, java.nio.charset.StandardCharsets.UTF_8).startsWith("{\n  \"schema\": \"" + schema + "\""));
      assertEquals(v, LeaJson.readVragenlijst(LeaJson.writeVragenlijst(v, false)));
    });
  }

  @Test
  void theReportsDataSetReadsWithoutErrorAndRoundTrips() throws Exception {
    byte[] tekst = Files.readAllBytes(DATA_2022);
    Vragenlijst v = LeaJson.readVragenlijst(tekst);
    assertEquals(342, v.gemeenten().size());
    assertEquals(340, v.ingevuld().size());
    assertEquals(2022, v.verslagjaar().jaar());
    byte[] canoniek = LeaJson.writeVragenlijstBytes(v, true);
    assertEquals(v, LeaJson.readVragenlijst(canoniek));
    assertArrayEquals(canoniek, LeaJson.writeVragenlijstBytes(LeaJson.readVragenlijst(canoniek), true));
  }

  @Test
  void prettyOutputLooksLikeTheSpec() {
    String json = LeaJson.writeVragenlijst(LeaJson.readVragenlijst(VragenlijstRulesTest.voorbeeld()), true);
    assertTrue(json.startsWith("{\n  \"schema\": \"lea-vragenlijst/1\",\n  \"verslagjaar\": 2022,\n  \"gemeenten\": [\n    {\n      \"gemeente\": {\n        \"code\": \"GM0014\","), json);
    assertTrue(json.contains("\"redenenOnvoldoendeKindplaatsen\": []"), json);
    assertTrue(json.endsWith("\"ingevuld\": false\n    }\n  ]\n}\n"), json);
    String compact = LeaJson.writeVragenlijst(LeaJson.readVragenlijst(VragenlijstRulesTest.voorbeeld()), false);
    assertTrue(compact.startsWith("{\"schema\":\"lea-vragenlijst/1\",\"verslagjaar\":2022,\"gemeenten\":[{"), compact);
  }
}
