package nl.lea.core.vve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.resultaat.Resultaatafspraken;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.8: vve onderwerpen, outcomes and the allowed-per-onderwerp rule. */
class OnderwerpAntwoordTest {

  @Test
  void theAllowedTableOfTheSpec() {
    for (VveOnderwerp o : VveOnderwerp.values()) {
      Set<VveUitkomst> toegestaan = EnumSet.noneOf(VveUitkomst.class);
      for (VveUitkomst u : VveUitkomst.values()) {
        if (u.isToegestaanVoor(o)) {
          toegestaan.add(u);
        }
      }
      Set<VveUitkomst> verwacht = EnumSet.of(VveUitkomst.NIEUW, VveUitkomst.VOLDOET, VveUitkomst.AANPASSING_NODIG, VveUitkomst.GEEN_OVERLEG);
      verwacht.add(o == VveOnderwerp.DOELGROEPDEFINITIE ? VveUitkomst.NIET_NODIG : VveUitkomst.GEEN_AFSPRAKEN);
      assertEquals(verwacht, toegestaan, o.name());
    }
  }

  @Test
  void nietNodigOnlyForTheDoelgroepdefinitie() {
    OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.NIET_NODIG);
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.NIET_NODIG));
    assertEquals("uitkomst", e.field());
    assertEquals("NIET_NODIG", e.value());
    assertTrue(e.getMessage().contains("TOELEIDING"), e.getMessage());
  }

  @Test
  void geenAfsprakenNotForTheDoelgroepdefinitie() {
    OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.GEEN_AFSPRAKEN);
    assertEquals("uitkomst", assertThrows(DomainValidationException.class,
        () -> OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.GEEN_AFSPRAKEN)).field());
  }

  @Test
  void reasonsOnlyWithGeenOverleg() {
    Set<RedenGeenOverleg> redenen = Set.of(RedenGeenOverleg.AFSPRAKEN_LOPEN_NOG);
    assertEquals(redenen, OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.GEEN_OVERLEG, redenen).redenenGeenOverleg());
    for (VveUitkomst u : VveUitkomst.values()) {
      if (u != VveUitkomst.GEEN_OVERLEG && u.isToegestaanVoor(VveOnderwerp.TOELEIDING)) {
        assertEquals("redenenGeenOverleg", assertThrows(DomainValidationException.class,
            () -> OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, u, redenen)).field(), u.name());
      }
    }
  }

  /** Report §2.1: 46 new definitions and 218 that still sufficed make 264 gemeenten with one. */
  @Test
  void fortySixPlusTwoHundredEighteenIsTwoHundredSixtyFour() {
    List<VveUitkomst> uitkomsten = new ArrayList<>();
    voeg(uitkomsten, VveUitkomst.NIEUW, 46);
    voeg(uitkomsten, VveUitkomst.VOLDOET, 218);
    voeg(uitkomsten, VveUitkomst.GEEN_OVERLEG, 51);
    voeg(uitkomsten, VveUitkomst.AANPASSING_NODIG, 18);
    voeg(uitkomsten, VveUitkomst.NIET_NODIG, 7);
    long metDefinitie = uitkomsten.stream().map(OnderwerpAntwoordTest::vve).filter(VveAntwoord::heeftDoelgroepdefinitie).count();
    assertEquals(340, uitkomsten.size());
    assertEquals(264, metDefinitie);
  }

  @Test
  void aDefinitionAnswerIsNotADefinitionWhenAdjustmentIsPending() {
    assertFalse(vve(VveUitkomst.AANPASSING_NODIG).heeftDoelgroepdefinitie());
    assertFalse(vve(VveUitkomst.NIET_NODIG).heeftDoelgroepdefinitie());
    assertFalse(vve(VveUitkomst.GEEN_OVERLEG).heeftDoelgroepdefinitie());
  }

  @Test
  void vveAnswerChecksThatEachOutcomeIsInItsPlace() {
    OnderwerpAntwoord toeleiding = OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.VOLDOET);
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> VveAntwoord.of(
        toeleiding, Doelgroepdefinitie.onbekend(), toeleiding,
        OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.VOLDOET), Aanbod.onbekend(), Resultaatafspraken.geen()));
    assertEquals("doelgroepdefinitie", e.field());
    VveAntwoord vve = vve(VveUitkomst.NIEUW);
    assertEquals(VveUitkomst.VOLDOET, vve.uitkomst(VveOnderwerp.TOELEIDING));
    assertEquals(List.of(VveOnderwerp.values()), new ArrayList<>(vve.overleg().keySet()));
  }

  private static void voeg(List<VveUitkomst> lijst, VveUitkomst u, int n) {
    for (int i = 0; i < n; i++) {
      lijst.add(u);
    }
  }

  static VveAntwoord vve(VveUitkomst doelgroepdefinitie) {
    return VveAntwoord.of(
        OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, doelgroepdefinitie),
        Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL)),
        OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.VOLDOET),
        OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.NIEUW),
        Aanbod.of(100, 100, 80),
        Resultaatafspraken.geen());
  }
}
