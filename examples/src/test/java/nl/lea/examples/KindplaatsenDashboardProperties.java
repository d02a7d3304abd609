package nl.lea.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import nl.lea.bereik.Toereikendheid;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * How an application tests itself with lea-testkit: generated questionnaire documents with the
 * awkward cases of real data (gemeenten that returned nothing, missing counts, skewed sizes), and
 * the laws the application's output must obey whatever the data.
 */
class KindplaatsenDashboardProperties {

  @Test
  void percentagesAreBetweenZeroAndHundredAndNearlyAddUp() {
    qt().forAll(LeaGenerators.vragenlijsten()
            .aantalGemeenten(0, 60)
            .aandeelNietIngevuld(10)
            .aandeelOntbrekendeAantallen(25)
            .scheveGrootte())
        .checkAssert(vragenlijst -> {
          Map<Toereikendheid, Integer> p = KindplaatsenDashboard.percentages(vragenlijst);
          p.values().forEach(v -> assertTrue(v >= 0 && v <= 100, p.toString()));
          if (!p.isEmpty()) {
            // Three half-up roundings of a partition can miss 100 by at most 1 either way.
            int som = p.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(som >= 99 && som <= 101, p.toString());
          }
        });
  }

  @Test
  void noReturnedQuestionnaireMeansNoPercentages() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aandeelNietIngevuld(100))
        .checkAssert(vragenlijst -> assertEquals(Map.of(), KindplaatsenDashboard.percentages(vragenlijst)));
  }
}
