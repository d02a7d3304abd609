package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.11 cohort, report Figuur 1.4. */
class CohortTest {

  private static GemeenteAntwoord a(int code, Aanbod aanbod) {
    return AggregatenTest.antwoord(Gemeente.of(Gemeentecode.of(code), "G" + code), aanbod, Doelgroepdefinitie.onbekend());
  }

  @Test
  void keepsOnlyGemeentenWithAllThreeCountsInEveryYear() {
    Vragenlijst j2021 = Vragenlijst.of(Verslagjaar.of(2021), List.of(
        a(1, Aanbod.of(10, 11, 9)), a(2, Aanbod.of(20, 20, 20)), a(3, Aanbod.of(30, 30, 30)),
        GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0004", "G4"))));
    Vragenlijst j2022 = Vragenlijst.of(Verslagjaar.of(2022), List.of(
        a(2, Aanbod.of(21, 22, 23)), a(1, Aanbod.of(12, 13, 14)), a(3, Aanbod.onbekend()), a(4, Aanbod.of(1, 1, 1))));
    Cohort cohort = Cohort.van(List.of(j2022, j2021));
    assertEquals(List.of(Verslagjaar.of(2021), Verslagjaar.of(2022)), cohort.jaren());
    assertEquals(List.of(Gemeentecode.of(1), Gemeentecode.of(2)), cohort.gemeenten());
    assertEquals(30, cohort.reeks().get(0).doelgroeppeuters());
    assertEquals(31, cohort.reeks().get(0).kindplaatsen());
    assertEquals(29, cohort.reeks().get(0).bereikteDoelgroeppeuters());
    assertEquals(33, cohort.reeks().get(1).doelgroeppeuters());
    assertEquals(37, cohort.reeks().get(1).bereikteDoelgroeppeuters());
    // The bereik over the cohort: pooled 29/30 and the mean of 9/10 and 20/20; then 37/33 and the mean of 14/12 and 23/21.
    assertEquals(Optional.of(Ratio.of(29, 30)), cohort.reeks().get(0).gewogenBereik().waarde());
    assertEquals(Optional.of(Ratio.of(19, 20)), cohort.reeks().get(0).gemiddeldBereik().waarde());
    assertEquals(Optional.of(Ratio.of(37, 33)), cohort.reeks().get(1).gewogenBereik().waarde());
    assertEquals(Optional.of(Ratio.of(95, 84)), cohort.reeks().get(1).gemiddeldBereik().waarde());
    assertEquals(2, cohort.reeks().get(1).gemiddeldBereik().aantal());
  }

  @Test
  void aGemeenteWithoutDoelgroeppeutersIsInTheSumsButNotInTheBereik() {
    Vragenlijst j2021 = Vragenlijst.of(Verslagjaar.of(2021), List.of(a(1, Aanbod.of(0, 5, 0)), a(2, Aanbod.of(10, 10, 5))));
    Vragenlijst j2022 = Vragenlijst.of(Verslagjaar.of(2022), List.of(a(1, Aanbod.of(0, 5, 0)), a(2, Aanbod.of(0, 10, 0))));
    Cohort cohort = Cohort.van(List.of(j2021, j2022));
    assertEquals(2, cohort.gemeenten().size());
    assertEquals(1, cohort.reeks().get(0).gewogenBereik().aantal());
    assertEquals(Optional.of(Ratio.of(1, 2)), cohort.reeks().get(0).gemiddeldBereik().waarde());
    // No gemeente with doelgroeppeuters: no bereik at all, over 0 gemeenten.
    assertEquals(Optional.empty(), cohort.reeks().get(1).gewogenBereik().waarde());
    assertEquals(0, cohort.reeks().get(1).gemiddeldBereik().aantal());
  }

  @Test
  void needsDistinctYearsAndAtLeastOneDocument() {
    Vragenlijst v = Vragenlijst.of(Verslagjaar.of(2022), List.of());
    assertThrows(DomainValidationException.class, () -> Cohort.van(List.of(v, v)));
    assertThrows(DomainValidationException.class, () -> Cohort.van(List.of()));
  }

  @Test
  void theCohortIsASubsetOfEveryYearsSuppliers() {
    qt().withExamples(300).forAll(
        LeaGenerators.vragenlijsten().verslagjaar(2020).aantalGemeenten(0, 30),
        LeaGenerators.vragenlijsten().verslagjaar(2021).aantalGemeenten(0, 30),
        LeaGenerators.vragenlijsten().verslagjaar(2022).aantalGemeenten(0, 30)).checkAssert((a, b, c) -> {
          Cohort cohort = Cohort.van(List.of(a, b, c));
          for (Vragenlijst v : List.of(a, b, c)) {
            Set<Gemeentecode> leveranciers = new HashSet<>();
            v.gemeenten().stream().filter(g -> g.vve().map(x -> x.aanbod().isVolledig()).orElse(false))
                .forEach(g -> leveranciers.add(g.gemeente().code()));
            assertTrue(leveranciers.containsAll(cohort.gemeenten()));
          }
          // Each year's bereik is table bereik's over the cohort's answers of that year.
          for (int i = 0; i < 3; i++) {
            Set<Gemeentecode> codes = new HashSet<>(cohort.gemeenten());
            Bereikstatistiek stat = Bereikstatistiek.van(List.of(a, b, c).get(i).gemeenten().stream()
                .filter(g -> codes.contains(g.gemeente().code())).toList());
            assertEquals(stat.gewogenBereik(), cohort.reeks().get(i).gewogenBereik());
            assertEquals(stat.gemiddeldBereik(), cohort.reeks().get(i).gemiddeldBereik());
            assertTrue(cohort.reeks().get(i).gemiddeldBereik().aantal() <= cohort.gemeenten().size());
          }
          List<Gemeentecode> gesorteerd = new java.util.ArrayList<>(cohort.gemeenten());
          java.util.Collections.sort(gesorteerd);
          assertEquals(gesorteerd, cohort.gemeenten());
        });
  }
}
