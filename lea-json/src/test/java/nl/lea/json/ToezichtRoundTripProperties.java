package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * The {@code lea-toezicht/1} writer and reader are inverse on generated documents: read(write(b))
 * equals b, against the questionnaire it was judged on; write(read(text)) is stable.
 */
class ToezichtRoundTripProperties {

  private static Gen<Pair<Vragenlijst, Beoordelingen>> documenten() {
    return LeaGenerators.vragenlijsten().aantalGemeenten(0, 25).aandeelNietIngevuld(10).aandeelOntbrekendeAantallen(20)
        .flatMap(v -> LeaGenerators.beoordelingen(v, TestRegels.REGELS).aandeelSignalen(30).aandeelContact(60)
            .map(b -> Pair.of(v, b)));
  }

  @Test
  void readOfWriteIsTheDocument() {
    qt().withExamples(1_000).forAll(documenten()).checkAssert(p -> {
      for (boolean pretty : new boolean[] {true, false}) {
        String tekst = LeaJson.writeToezicht(p._2, pretty);
        Beoordelingen terug = LeaJson.readToezicht(tekst, p._1, TestRegels.REGELS);
        assertEquals(p._2, terug);
        assertEquals(tekst, LeaJson.writeToezicht(terug, pretty));
      }
    });
  }

  @Test
  void mutatedDocumentsOnlyEverYieldADocumentOrTheReadersOwnError() {
    // As MutationProperties does for lea-vragenlijst/1: one position per example, every mutation.
    qt().withExamples(500).forAll(documenten(), integers().between(0, Integer.MAX_VALUE - 1)).checkAssert((p, plek) -> {
      String json = LeaJson.writeToezicht(p._2, plek % 2 == 0);
      for (MutationProperties.Mutatie m : MutationProperties.Mutatie.values()) {
        for (int soort = 0; soort < MutationProperties.SOORTEN; soort++) {
          String gemuteerd = MutationProperties.muteer(json, m, plek, soort);
          Uitkomsten.controleer(gemuteerd.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              b -> LeaJson.readToezicht(b, p._1, TestRegels.REGELS), b -> LeaJson.writeToezicht(b, false));
        }
      }
    });
  }

  @Test
  void theGeneratorReachesEveryPartOfTheFormat() {
    // A round trip that never writes a contact or a date proves little: the knobs reach them all.
    int[] gezien = new int[4];
    qt().withExamples(300).forAll(documenten()).checkAssert(p -> p._2.beoordelingen().forEach(b -> {
      gezien[0] += b.aanvaardeToelichtingen().size();
      gezien[1] += b.signalen().size();
      gezien[2] += b.contacten().size();
      gezien[3] += b.contacten().stream().mapToLong(c -> c.verbeterafspraken().stream().filter(v -> v.uiterlijk().isPresent()).count()).sum();
    }));
    for (int g : gezien) {
      assertTrue(g > 0, java.util.Arrays.toString(gezien));
    }
  }
}
