package nl.lea.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.Doelbereik;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.Omvang;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim, with its comments turned into assertions. */
class ReadmeQuickStartTest {

  @Test
  void quickStart() {
    ThemaAntwoord oab = ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND, List.of(
        Doel.of(DoelStatus.BEHAALD, "Meer peuters naar de voorschool"),
        Doel.of(DoelStatus.NIET_GEEVALUEERD)));
    Map<LeaThema, ThemaAntwoord> perThema = new EnumMap<>(LeaThema.class);
    for (LeaThema thema : LeaThema.values()) {
      perThema.put(thema, ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.ANDERE_PRIORITEITEN), AfspraakStatus.GEEN));
    }
    perThema.put(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN, oab);
    LeaAntwoord lea = LeaAntwoord.of(perThema);
    Doelbereik bereik = lea.thema(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN).doelbereik();
    boolean helftOfMeer = bereik.helftOfMeer();
    assertEquals(Doelbereik.DE_HELFT, bereik);
    assertTrue(helftOfMeer);
  }

  @Test
  void invalidInputNeverGetsThatFar() {
    assertEquals("redenenGeenOverleg: allowed only when overleg is false, was [GEEN_CAPACITEIT]",
        assertThrows(DomainValidationException.class, () ->
            ThemaAntwoord.of(true, Set.of(RedenGeenOverleg.GEEN_CAPACITEIT), AfspraakStatus.NIEUW, List.of())).getMessage());
    assertEquals("code: must be \"GM\" followed by four digits 0-9, was \"GM14\"",
        assertThrows(DomainValidationException.class, () -> Gemeente.of("GM14", "Groningen")).getMessage());
  }

  @Test
  void theDefinitionClassifiesItselfAndDecidesMembership() {
    Doelgroepdefinitie def = Doelgroepdefinitie.metCriteria(List.of(
        Set.of(DoelgroepIndicator.THUISTAAL),
        Set.of(DoelgroepIndicator.OPLEIDINGSNIVEAU_OUDERS, DoelgroepIndicator.HERKOMST_OUDERS)));
    assertEquals(Optional.of(Omvang.SMAL), def.omvang());
    assertFalse(def.isDoelgroep(Set.of(DoelgroepIndicator.HERKOMST_OUDERS)));
  }
}
