package nl.lea.core.vve;

import static nl.lea.core.vve.DoelgroepIndicator.HERKOMST_OUDERS;
import static nl.lea.core.vve.DoelgroepIndicator.OPLEIDINGSNIVEAU_OUDERS;
import static nl.lea.core.vve.DoelgroepIndicator.THUISTAAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.9 and §3.10: the doelgroepdefinitie, its criteria and its width class. */
class DoelgroepdefinitieTest {

  private static Doelgroepdefinitie eerste(int k) {
    EnumSet<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
    set.addAll(Arrays.asList(DoelgroepIndicator.values()).subList(0, k));
    return Doelgroepdefinitie.of(set);
  }

  @Nested
  class Omvang_ {
    /** Report footnote 9: "Smal = 1–3 indicatoren; midden = 4–6 indicatoren; breed = 7–9 indicatoren". */
    @Test
    void theWidthClassesOfFootnoteNine() {
      assertEquals(Optional.empty(), eerste(0).omvang());
      for (int k = 1; k <= 3; k++) {
        assertEquals(Optional.of(Omvang.SMAL), eerste(k).omvang(), "k=" + k);
      }
      for (int k = 4; k <= 6; k++) {
        assertEquals(Optional.of(Omvang.MIDDEN), eerste(k).omvang(), "k=" + k);
      }
      for (int k = 7; k <= 9; k++) {
        assertEquals(Optional.of(Omvang.BREED), eerste(k).omvang(), "k=" + k);
      }
    }

    @Test
    void theBoundariesThreeFourAndSixSeven() {
      assertEquals(Omvang.SMAL, OmvangIndeling.standaard().classificeer(3).orElseThrow());
      assertEquals(Omvang.MIDDEN, OmvangIndeling.standaard().classificeer(4).orElseThrow());
      assertEquals(Omvang.MIDDEN, OmvangIndeling.standaard().classificeer(6).orElseThrow());
      assertEquals(Omvang.BREED, OmvangIndeling.standaard().classificeer(7).orElseThrow());
    }

    @Test
    void customThresholds() {
      OmvangIndeling indeling = OmvangIndeling.of(2, 5);
      assertEquals(Optional.of(Omvang.MIDDEN), eerste(3).omvang(indeling));
      assertEquals(Optional.of(Omvang.BREED), eerste(6).omvang(indeling));
      assertEquals(OmvangIndeling.of(3, 6), OmvangIndeling.standaard());
    }

    @Test
    void invalidThresholdsAreRejected() {
      assertEquals("maxSmal", assertThrows(DomainValidationException.class, () -> OmvangIndeling.of(0, 5)).field());
      assertEquals("maxMidden", assertThrows(DomainValidationException.class, () -> OmvangIndeling.of(4, 4)).field());
      assertEquals("aantalIndicatoren",
          assertThrows(DomainValidationException.class, () -> OmvangIndeling.standaard().classificeer(-1)).field());
    }

    @Test
    void theClassFollowsFromTheIndicatorsWhatEverTheCriteria() {
      Doelgroepdefinitie def = Doelgroepdefinitie.metCriteria(List.of(
          Set.of(THUISTAAL, OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS, DoelgroepIndicator.KIND_IN_AZC)));
      assertEquals(Optional.of(Omvang.MIDDEN), def.omvang());
    }
  }

  @Nested
  class Criteria {
    private final Doelgroepdefinitie def = Doelgroepdefinitie.metCriteria(List.of(
        Set.of(THUISTAAL), Set.of(OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS)));

    @Test
    void aToddlerBelongsWhenAllIndicatorsOfOneClauseApply() {
      assertTrue(def.isDoelgroep(Set.of(THUISTAAL)));
      assertTrue(def.isDoelgroep(Set.of(OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS)));
      assertFalse(def.isDoelgroep(Set.of(OPLEIDINGSNIVEAU_OUDERS)));
      assertFalse(def.isDoelgroep(Set.of()));
      assertEquals(EnumSet.of(THUISTAAL, OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS), def.indicatoren());
    }

    @Test
    void withoutCriteriaAnyOneIndicatorSuffices() {
      Doelgroepdefinitie zonder = Doelgroepdefinitie.of(Set.of(THUISTAAL, HERKOMST_OUDERS));
      assertTrue(zonder.isDoelgroep(Set.of(HERKOMST_OUDERS)));
      assertFalse(zonder.isDoelgroep(Set.of(OPLEIDINGSNIVEAU_OUDERS)));
      assertEquals(List.of(Set.of(HERKOMST_OUDERS), Set.of(THUISTAAL)), zonder.clausules());
      assertTrue(zonder.criteria().isEmpty());
    }

    @Test
    void theUnknownDefinitionIncludesNobody() {
      assertFalse(Doelgroepdefinitie.onbekend().isDoelgroep(EnumSet.allOf(DoelgroepIndicator.class)));
      assertEquals(0, Doelgroepdefinitie.onbekend().aantalIndicatoren());
    }

    @Test
    void theUnionOfTheClausesMustEqualTheIndicators() {
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.of(
          Set.of(THUISTAAL, HERKOMST_OUDERS), List.of(Set.of(THUISTAAL))));
      assertEquals("criteria", e.field());
    }

    @Test
    void noClauseOrAnEmptyClauseIsRejected() {
      assertEquals("criteria", assertThrows(DomainValidationException.class,
          () -> Doelgroepdefinitie.metCriteria(List.of())).field());
      assertEquals("criteria[1]", assertThrows(DomainValidationException.class,
          () -> Doelgroepdefinitie.metCriteria(List.of(Set.of(THUISTAAL), Set.of()))).field());
      List<Set<DoelgroepIndicator>> metNull = new ArrayList<>();
      metNull.add(null);
      assertEquals("criteria[0]", assertThrows(DomainValidationException.class,
          () -> Doelgroepdefinitie.metCriteria(metNull)).field());
    }

    @Test
    void equalityIgnoresTheOrderOfIndicatorsInAClause() {
      assertEquals(
          Doelgroepdefinitie.metCriteria(List.of(Set.of(THUISTAAL, HERKOMST_OUDERS))),
          Doelgroepdefinitie.metCriteria(List.of(EnumSet.of(HERKOMST_OUDERS, THUISTAAL))));
    }
  }
}
