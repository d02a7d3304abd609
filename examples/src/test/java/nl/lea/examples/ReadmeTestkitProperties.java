package nl.lea.examples;

import static nl.lea.testkit.LeaGenerators.vragenlijsten;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import nl.lea.bereik.Bereikstatistiek;
import nl.lea.bereik.Toereikendheid;
import org.junit.jupiter.api.Test;

/**
 * The README's lea-testkit snippet, verbatim: it uses only published modules (lea-bereik and
 * lea-testkit), so a user who copies it gets a compiling, passing property.
 */
class ReadmeTestkitProperties {

  // README: begin
  @Test
  void kindplaatsenVerdictsPartitionTheReturnedQuestionnaires() {
    qt().forAll(vragenlijsten().aantalGemeenten(0, 60).aandeelNietIngevuld(10)
            .aandeelOntbrekendeAantallen(25).scheveGrootte().echteGemeenten())
        .checkAssert(v -> {
          Bereikstatistiek stat = Bereikstatistiek.van(v.gemeenten());
          long som = 0;
          for (Toereikendheid t : Toereikendheid.values()) {
            som += stat.aantal(t);
          }
          assertEquals(v.ingevuld().size(), som);
          stat.gemiddeldBereik().waarde().ifPresent(b -> assertTrue(b.procent() >= 0));
        });
  }
  // README: end

  @Test
  void theReadmeShowsThisSnippet() throws java.io.IOException {
    String bron = java.nio.file.Files.readString(java.nio.file.Path.of("src", "test", "java", "nl", "lea", "examples",
        "ReadmeTestkitProperties.java"));
    String snippet = bron.substring(bron.indexOf("// README: begin") + "// README: begin".length(), bron.indexOf("  // README: end"))
        .strip().replace("\n  ", "\n");
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertTrue(readme.contains(snippet), "README's lea-testkit snippet differs from this test:\n" + snippet);
  }
}
