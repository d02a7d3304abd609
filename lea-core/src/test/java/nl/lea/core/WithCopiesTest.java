package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.junit.jupiter.api.Test;

/** The withX copies of the answers users edit: equal to the factory with that part changed, and validated. */
class WithCopiesTest {

  private static final Aanbod AANBOD = Aanbod.of(812, 900, 640);
  private static final VveAntwoord VVE = VveAntwoord.of(OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.NIEUW),
      Doelgroepdefinitie.onbekend(), OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.VOLDOET),
      OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.NIEUW), AANBOD, Resultaatafspraken.geen());

  private static LeaAntwoord lea(ThemaAntwoord oab) {
    Map<LeaThema, ThemaAntwoord> m = new EnumMap<>(LeaThema.class);
    for (LeaThema t : LeaThema.values()) {
      m.put(t, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
    }
    m.put(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN, oab);
    return LeaAntwoord.of(m);
  }

  @Test
  void aanbod() {
    assertEquals(Aanbod.of(850, 900, 640), AANBOD.withDoelgroeppeuters(OptionalInt.of(850)));
    assertEquals(Aanbod.of(812, 1, 640), AANBOD.withKindplaatsen(OptionalInt.of(1)));
    assertEquals(Aanbod.of(OptionalInt.of(812), OptionalInt.of(900), OptionalInt.empty(), Set.of(), Set.of()),
        AANBOD.withBereikteDoelgroeppeuters(OptionalInt.empty()));
    assertEquals(Set.of(RedenOnvolledigBereik.ANDERS), AANBOD.withRedenenOnvolledigBereik(Set.of(RedenOnvolledigBereik.ANDERS)).redenenOnvolledigBereik());
    assertEquals(Set.of(RedenOnvoldoendeKindplaatsen.ANDERS),
        AANBOD.withRedenenOnvoldoendeKindplaatsen(Set.of(RedenOnvoldoendeKindplaatsen.ANDERS)).redenenOnvoldoendeKindplaatsen());
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> AANBOD.withKindplaatsen(OptionalInt.of(1_000_001)));
    assertEquals("kindplaatsen", e.field());
  }

  @Test
  void themaAntwoord() {
    ThemaAntwoord geen = ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.GEEN_CAPACITEIT), AfspraakStatus.LOPEND);
    ThemaAntwoord met = geen.withRedenenGeenOverleg(Set.of()).withOverleg(true).withDoelen(List.of(Doel.of(DoelStatus.BEHAALD)));
    assertEquals(ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND, List.of(Doel.of(DoelStatus.BEHAALD))), met);
    assertEquals(AfspraakStatus.NIEUW, met.withAfspraken(AfspraakStatus.NIEUW).afspraken());
    assertEquals("redenenGeenOverleg", assertThrows(DomainValidationException.class, () -> geen.withOverleg(true)).field());
  }

  @Test
  void vveAntwoord() {
    assertEquals(AANBOD.withKindplaatsen(OptionalInt.of(700)), VVE.withAanbod(AANBOD.withKindplaatsen(OptionalInt.of(700))).aanbod());
    OnderwerpAntwoord geenOverleg = OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.GEEN_OVERLEG);
    VveAntwoord ander = VVE.withOverleg(geenOverleg);
    assertEquals(geenOverleg, ander.overleg(VveOnderwerp.TOELEIDING));
    assertEquals(VVE.overleg(VveOnderwerp.DOORGAANDE_LIJN), ander.overleg(VveOnderwerp.DOORGAANDE_LIJN));
    Doelgroepdefinitie d = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL));
    assertEquals(d, VVE.withDoelgroepdefinitie(d).doelgroepdefinitie());
    assertEquals(Resultaatafspraken.onbekend(), VVE.withResultaatafspraken(Resultaatafspraken.onbekend()).resultaatafspraken());
    assertThrows(DomainValidationException.class, () -> VVE.withAanbod(null));
  }

  @Test
  void gemeenteAntwoord() {
    Gemeente g = Gemeente.of("GM0014", "Groningen");
    ThemaAntwoord oab = ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND, List.of());
    GemeenteAntwoord a = GemeenteAntwoord.ingevuld(g, lea(oab), VVE);
    assertEquals(GemeenteAntwoord.ingevuld(g, lea(oab), VVE.withAanbod(Aanbod.onbekend())), a.withVve(VVE.withAanbod(Aanbod.onbekend())));
    LeaAntwoord ander = lea(oab.withAfspraken(AfspraakStatus.GEEN));
    assertEquals(ander, a.withLea(ander).lea().orElseThrow());
    GemeenteAntwoord niet = GemeenteAntwoord.nietIngevuld(g);
    assertEquals("vve", assertThrows(DomainValidationException.class, () -> niet.withVve(VVE)).field());
    assertEquals("lea", assertThrows(DomainValidationException.class, () -> niet.withLea(ander)).field());
  }
}
