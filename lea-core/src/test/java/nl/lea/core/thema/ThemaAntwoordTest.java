package nl.lea.core.thema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.Doelbereik;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.3 and §3.4: the four themes and the answer per thema. */
class ThemaAntwoordTest {

  @Nested
  class PerThema {
    @Test
    void reasonsAreAllowedWithoutOverleg() {
      ThemaAntwoord a = ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.NIET_NODIG_GEZIEN_SITUATIE), AfspraakStatus.GEEN);
      assertFalse(a.overleg());
      assertEquals(Set.of(RedenGeenOverleg.NIET_NODIG_GEZIEN_SITUATIE), a.redenenGeenOverleg());
      assertEquals(Doelbereik.GEEN_DOELEN, a.doelbereik());
    }

    @Test
    void noReasonGivenIsAllowedToo() {
      assertTrue(ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN).redenenGeenOverleg().isEmpty());
    }

    @Test
    void reasonsWithOverlegAreRejectedNamingTheReasonsField() {
      DomainValidationException e = assertThrows(DomainValidationException.class, () ->
          ThemaAntwoord.of(true, Set.of(RedenGeenOverleg.GEEN_CAPACITEIT), AfspraakStatus.NIEUW, List.of()));
      assertEquals("redenenGeenOverleg", e.field());
      assertEquals("[GEEN_CAPACITEIT]", e.value());
      assertTrue(e.getMessage().contains("overleg is false"), e.getMessage());
    }

    @Test
    void afsprakenAreIndependentOfOverleg() {
      // Running agreements are a common reason for not consulting.
      ThemaAntwoord a = ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.AFSPRAKEN_LOPEN_NOG), AfspraakStatus.LOPEND);
      assertTrue(a.heeftAfspraken());
      assertFalse(ThemaAntwoord.of(true, Set.of(), AfspraakStatus.GEEN, List.of()).heeftAfspraken());
    }

    @Test
    void goalsKeepTheirOrderAndAreEvaluated() {
      ThemaAntwoord a = ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND,
          List.of(Doel.of(DoelStatus.BEHAALD, "a"), Doel.of(DoelStatus.NIET_BEHAALD, "b")));
      assertEquals("a", a.doelen().get(0).omschrijving().orElseThrow());
      assertEquals(Doelbereik.DE_HELFT, a.doelbereik());
    }

    @Test
    void isImmutableAgainstTheCallersCollections() {
      java.util.ArrayList<Doel> doelen = new java.util.ArrayList<>(List.of(Doel.of(DoelStatus.BEHAALD)));
      ThemaAntwoord a = ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND, doelen);
      doelen.clear();
      assertEquals(1, a.doelen().size());
      assertThrows(UnsupportedOperationException.class, () -> a.doelen().clear());
    }
  }

  @Nested
  class Lea {
    private Map<LeaThema, ThemaAntwoord> alle(ThemaAntwoord a) {
      Map<LeaThema, ThemaAntwoord> map = new EnumMap<>(LeaThema.class);
      for (LeaThema t : LeaThema.values()) {
        map.put(t, a);
      }
      return map;
    }

    @Test
    void exactlyFourThemes() {
      assertEquals(4, LeaThema.values().length);
    }

    @Test
    void holdsEveryThema() {
      ThemaAntwoord geen = ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN);
      Map<LeaThema, ThemaAntwoord> map = alle(geen);
      map.put(LeaThema.VOORKOMEN_SEGREGATIE, ThemaAntwoord.of(true, Set.of(), AfspraakStatus.NIEUW, List.of()));
      LeaAntwoord lea = LeaAntwoord.of(map);
      assertTrue(lea.isOverlegOpEnigThema());
      assertTrue(lea.thema(LeaThema.VOORKOMEN_SEGREGATIE).overleg());
      assertFalse(LeaAntwoord.of(alle(geen)).isOverlegOpEnigThema());
    }

    @Test
    void aMissingThemaIsRejected() {
      Map<LeaThema, ThemaAntwoord> map = alle(ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
      map.remove(LeaThema.INSCHRIJVING_EN_TOELATING);
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> LeaAntwoord.of(map));
      assertEquals("lea", e.field());
      assertTrue(e.getMessage().contains("INSCHRIJVING_EN_TOELATING"), e.getMessage());
    }
  }
}
