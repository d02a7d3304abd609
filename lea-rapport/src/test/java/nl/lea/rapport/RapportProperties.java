package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import nl.lea.rapport.render.RapportFormaat;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** Laws of the report over generated documents. */
class RapportProperties {

  @Test
  void everyCountRowHasZeroToNoemerAndTheSpecifiedShape() {
    qt().withExamples(300).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 40).aandeelNietIngevuld(15)).checkAssert(v -> {
      Rapport r = Rapport.van(v);
      assertEquals(43, r.tabellen().size()); // RAPPORT.md's 29 and JAARVERANTWOORDING.md's 14
      assertEquals(v.gemeenten().size(), r.aantalGemeenten());
      for (Tabel t : r.tabellen()) {
        for (Rij rij : t.rijen()) {
          if (rij instanceof Telrij) {
            Telrij c = (Telrij) rij;
            assertTrue(c.aantal().getAsLong() >= 0 && c.aantal().getAsLong() <= c.noemer(), t.id() + " " + c);
            assertEquals(c.noemer() == 0, c.percentage().isEmpty());
          }
        }
      }
      for (RapportFormaat f : RapportFormaat.alle()) {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try {
          f.render(r, uit);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        assertTrue(uit.size() > 0, f.naam());
      }
    });
  }

  @Test
  void suppressionNeverHidesASumAMeanOrADenominator() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 30), integers().between(2, 20)).checkAssert((v, k) -> {
      Rapport open = Rapport.van(v);
      Rapport dicht = open.onderdruk(k);
      for (int i = 0; i < open.tabellen().size(); i++) {
        Tabel a = open.tabellen().get(i);
        Tabel b = dicht.tabellen().get(i);
        for (int j = 0; j < a.rijen().size(); j++) {
          Rij x = a.rijen().get(j);
          Rij y = b.rijen().get(j);
          if (x instanceof Telrij) {
            Telrij cx = (Telrij) x;
            Telrij cy = (Telrij) y;
            assertEquals(cx.noemer(), cy.noemer());
            long n = cx.aantal().getAsLong();
            assertEquals(n > 0 && n < k, cy.onderdrukt());
            if (!cy.onderdrukt()) {
              assertEquals(cx, cy);
            }
          } else {
            assertEquals(x, y);
          }
        }
      }
    });
  }

  @Test
  void theRiskCategoryCountsPartitionTheGemeenten() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 30).aandeelNietIngevuld(20)).checkAssert(v -> {
      Tabel risico = Rapport.van(v).tabel("risico").orElseThrow();
      long som = 0;
      for (int i = 0; i < 4; i++) {
        som += ((Telrij) risico.rijen().get(i)).aantal().getAsLong();
      }
      assertEquals(v.gemeenten().size(), som);
    });
  }

  private static final java.util.Set<String> VERSIE_2 = java.util.Set.of("1.1-lea-overleg", "1.1-overlegvormen", "1.1-partijen",
      "1.2-redenen", "F1.2-redenen", "F1.3-redenen", "aanbod-subsidiemodel", "aanbod-wachtlijst", "verantwoording");

  private static long aantal(Rapport r, String tabel, String sleutel) {
    return ((Telrij) r.tabel(tabel).orElseThrow().rij(sleutel).orElseThrow()).aantal().getAsLong();
  }

  private static long noemer(Rapport r, String tabel, String sleutel) {
    return ((Telrij) r.tabel(tabel).orElseThrow().rij(sleutel).orElseThrow()).noemer();
  }

  @Test
  void theVersion2TablesCountOnlyTheAnswersThatWereAskedTheirItems() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 30).aandeelNietIngevuld(20)).checkAssert(v -> {
      for (Tabel t : Rapport.van(v).tabellen()) {
        assertEquals(VERSIE_2.contains(t.id()), t.noot().isPresent(), t.id());
        if (VERSIE_2.contains(t.id())) {
          t.rijen().forEach(r -> assertEquals(0, ((Telrij) r).noemer(), t.id()));
        }
      }
    });
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().jaarverantwoording().aantalGemeenten(0, 30).aandeelNietIngevuld(20))
        .checkAssert(v -> {
          Rapport r = Rapport.van(v);
          // With no filled-in answer the document holds no item of version 2, and is one of version 1.
          r.tabellen().forEach(t -> assertEquals(VERSIE_2.contains(t.id()) && !v.isJaarverantwoording(), t.noot().isPresent(), t.id()));
          long n = r.aantalIngevuld();
          assertEquals(n, noemer(r, "1.1-lea-overleg", "GEEN_LEA_OVERLEG"));
          assertEquals(n, noemer(r, "aanbod-subsidiemodel", "ONBEKEND"));
          // Rule 11: an overleg under the name LEA is one whose forms include LEA; only those name their partijen.
          long lea = n - aantal(r, "1.1-lea-overleg", "GEEN_LEA_OVERLEG");
          assertEquals(lea, aantal(r, "1.1-overlegvormen", "LEA"));
          assertEquals(lea, noemer(r, "1.1-partijen", "JGZ"));
          // Every filled-in answer has exactly one subsidy model.
          long modellen = r.tabel("aanbod-subsidiemodel").orElseThrow().rijen().stream()
              .mapToLong(x -> ((Telrij) x).aantal().getAsLong()).sum();
          assertEquals(n, modellen);
        });
  }
}
