package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Herindeling;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/jaren.md §2: a document in the layout of a later year, and the cohort over mapped documents. */
class IndelingTest {

  private static final Verslagjaar J2021 = Verslagjaar.of(2021);
  private static final Verslagjaar J2022 = Verslagjaar.of(2022);

  private static Gemeente g(int code) {
    return Gemeente.of(Gemeentecode.of(code), "G" + code);
  }

  private static GemeenteAntwoord a(int code, Aanbod aanbod) {
    return AggregatenTest.antwoord(g(code), aanbod, Doelgroepdefinitie.onbekend());
  }

  private static Herindeling h(String datum, int naar, int... van) {
    List<Gemeente> lijst = new ArrayList<>();
    for (int v : van) {
      lijst.add(g(v));
    }
    return Herindeling.of(LocalDate.parse(datum), lijst, g(naar));
  }

  private static Indeling.Aantallen aantallen(long d, long k, long b) {
    return new Indeling.Aantallen(OptionalLong.of(d), OptionalLong.of(k), OptionalLong.of(b), OptionalLong.empty());
  }

  @Test
  void aMergerSumsTheCountsEveryPredecessorSuppliedAndIsNotComparable() {
    Vragenlijst v = Vragenlijst.of(J2021, List.of(a(1, Aanbod.of(10, 11, 9)), a(2, Aanbod.of(20, 20, 20)), a(3, Aanbod.of(5, 5, 5)),
        a(4, Aanbod.onbekend().withDoelgroeppeuters(java.util.OptionalInt.of(7))), a(5, Aanbod.of(1, 1, 1)),
        GemeenteAntwoord.nietIngevuld(g(6))));
    // 1 and 3 into the new 9; 6 (not returned) and 2 into 8; later 5 absorbs 4. Each takes the place of
    // the first gemeente it replaces: 9 that of 1, 8 that of 2, 5 that of 4.
    Herindelingen h = Herindelingen.of(List.of(h("2022-01-01", 9, 1, 3), h("2022-06-01", 5, 5, 4), h("2022-01-01", 8, 6, 2)));
    Indeling i = Indeling.van(v, h, J2021);
    assertEquals(List.of(g(9), g(8), g(5)), i.gemeenten());
    assertEquals(Set.of(Gemeentecode.of(5), Gemeentecode.of(8), Gemeentecode.of(9)), i.nietVergelijkbaar());
    assertEquals(Optional.of(aantallen(15, 16, 14)), i.aantallen(Gemeentecode.of(9)));
    // 4 supplied only doelgroeppeuters: the merged 5 has that sum only.
    assertEquals(Optional.of(new Indeling.Aantallen(OptionalLong.of(8), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty())),
        i.aantallen(Gemeentecode.of(5)));
    assertEquals(Optional.of(Indeling.Aantallen.GEEN), i.aantallen(Gemeentecode.of(8)));
    assertEquals(Optional.empty(), i.antwoord(Gemeentecode.of(9)));
    assertEquals(Optional.empty(), i.aantallen(Gemeentecode.of(1)));
  }

  @Test
  void aNewCodeKeepsItsAnswerAndMergersApplyInDateOrder() {
    GemeenteAntwoord een = a(1, Aanbod.of(10, 11, 9));
    Vragenlijst v = Vragenlijst.of(J2021, List.of(een, a(2, Aanbod.of(20, 20, 20))));
    // Given in reverse: 1 becomes 7 first (2022-01-01), then 7 and 2 merge into 8 (2023-01-01).
    Herindelingen h = Herindelingen.of(List.of(h("2023-01-01", 8, 7, 2), h("2022-01-01", 7, 1)));
    Indeling tot2021 = Indeling.van(v, h, J2021);
    assertEquals(List.of(g(7), g(2)), tot2021.gemeenten());
    assertEquals(Optional.of(een), tot2021.antwoord(Gemeentecode.of(7)));
    assertEquals(Set.of(), tot2021.nietVergelijkbaar());
    Indeling tot2022 = Indeling.van(v, h, J2022);
    assertEquals(List.of(g(8)), tot2022.gemeenten());
    assertEquals(Optional.of(aantallen(30, 31, 29)), tot2022.aantallen(Gemeentecode.of(8)));
    assertThrows(DomainValidationException.class, () -> Indeling.van(v, h, Verslagjaar.of(2020)));
  }

  @Test
  void aDocumentAlreadyInTheLayoutIsLeftAlone() {
    // The 2022 document is answered in the layout of 1 January 2023, which holds Voorne aan Zee.
    Vragenlijst v = Vragenlijst.of(J2022, List.of(a(1992, Aanbod.of(3, 3, 3)), a(14, Aanbod.of(1, 1, 1))));
    Indeling i = Indeling.van(v, Herindelingen.of(List.of(h("2023-01-01", 1992, 501, 530, 614))), J2022);
    assertEquals(List.of(g(1992), g(14)), i.gemeenten());
    assertEquals(Set.of(), i.nietVergelijkbaar());
  }

  @Test
  void mappingADocumentToItsOwnLayoutIsTheIdentity() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 20), integers().between(0, 3)).checkAssert((v, n) -> {
      // Herindelingen of codes the document does not hold (the generators use GM0001..GM0999).
      List<Herindeling> lijst = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        lijst.add(h((2000 + v.verslagjaar().jaar() % 100 + k) + "-01-01", 9000 + k, 8000 + 2 * k, 8001 + 2 * k));
      }
      Indeling i = Indeling.van(v, Herindelingen.of(lijst), v.verslagjaar());
      assertEquals(v.gemeenten().stream().map(GemeenteAntwoord::gemeente).toList(), i.gemeenten());
      assertEquals(Set.of(), i.nietVergelijkbaar());
      for (GemeenteAntwoord a : v.gemeenten()) {
        assertEquals(Optional.of(a), i.antwoord(a.gemeente().code()));
        assertEquals(Optional.of(Indeling.Aantallen.van(a)), i.aantallen(a.gemeente().code()));
      }
    });
  }

  @Test
  void aCohortNeverHoldsAGemeenteThatMissedAYearAndMergedGemeentenCanJoinIt() {
    Vragenlijst j2021 = Vragenlijst.of(J2021, List.of(a(1, Aanbod.of(10, 11, 9)), a(2, Aanbod.of(20, 20, 20)), a(3, Aanbod.of(4, 4, 4))));
    Vragenlijst j2022 = Vragenlijst.of(J2022, List.of(a(9, Aanbod.of(31, 30, 29)), a(3, Aanbod.of(5, 5, 5))));
    Herindelingen h = Herindelingen.of(List.of(h("2022-01-01", 9, 1, 2)));
    Cohort c = Cohort.van(List.of(j2021, j2022), h);
    assertEquals(List.of(Gemeentecode.of(3), Gemeentecode.of(9)), c.gemeenten());
    assertEquals(34, c.reeks().get(0).doelgroeppeuters());
    assertEquals(Optional.of(Ratio.of(33, 34)), c.reeks().get(0).gewogenBereik().waarde());
    // Without the herindeling, 9 missed 2021 and 1 and 2 missed 2022.
    assertEquals(List.of(Gemeentecode.of(3)), Cohort.van(List.of(j2021, j2022)).gemeenten());
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().verslagjaar(2021).aantalGemeenten(0, 25),
        LeaGenerators.vragenlijsten().verslagjaar(2022).aantalGemeenten(0, 25), integers().between(1, 999), integers().between(1, 999))
        .checkAssert((a, b, x, y) -> {
          if (x.equals(y)) {
            return;
          }
          Herindelingen samen = Herindelingen.of(List.of(h("2022-07-01", 1000 + x, x, y)));
          Cohort cohort = Cohort.van(List.of(a, b), samen);
          for (Vragenlijst v : List.of(a, b)) {
            Indeling i = Indeling.van(v, samen, J2022);
            for (Gemeentecode code : cohort.gemeenten()) {
              assertTrue(i.aantallen(code).map(Indeling.Aantallen::isVolledig).orElse(false), code + " in " + v.verslagjaar());
            }
          }
        });
  }
}
