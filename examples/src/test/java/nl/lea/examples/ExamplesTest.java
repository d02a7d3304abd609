package nl.lea.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import nl.lea.json.LeaJson;
import org.junit.jupiter.api.Test;

/** The embedding examples run and print what their Javadoc promises. */
class ExamplesTest {

  @Test
  void oneGemeentesFigures() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    EenGemeente.toon(EenGemeente.voorbeeld(), new PrintStream(b, true, StandardCharsets.UTF_8));
    String uit = b.toString(StandardCharsets.UTF_8);
    assertTrue(uit.startsWith("GM0014 Groningen"), uit);
    assertTrue(uit.contains("Bestrijden onderwijsachterstanden: overleg ja, doelbereik De helft behaald"), uit);
    assertTrue(uit.contains("Bereik: 79%"), uit);                  // 640 / 812
    assertTrue(uit.contains("Kindplaatsen: Onvoldoende kindplaatsen"), uit); // 780 < 812
    assertTrue(uit.contains("omvang Smal"), uit);
    assertTrue(uit.contains("V4 "), uit);
    assertTrue(uit.contains("V5 "), uit);
  }

  @Test
  void oneTableOfTheReport() {
    Locale standaard = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      RapportTabel.toon(LeaJson.readVragenlijst(Path.of("data", "vragenlijst-2022.json")), new PrintStream(b, true, StandardCharsets.UTF_8));
      String uit = b.toString(StandardCharsets.UTF_8);
      assertTrue(uit.contains("Doelgroepkinderen            53,257  (297 gemeenten)"), uit);
      assertEquals(4, uit.lines().count());
    } finally {
      Locale.setDefault(standaard);
    }
  }
}
