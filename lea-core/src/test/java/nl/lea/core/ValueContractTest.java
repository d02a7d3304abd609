package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** Value contracts and the rule boundaries PIT found untested in lea-core's own tests. */
class ValueContractTest {

  private static void waarde(Object a, Object tweeling, Object ander) {
    assertEquals(a, tweeling);
    assertEquals(a.hashCode(), tweeling.hashCode());
    assertNotEquals(a, ander);
    assertNotEquals(a.hashCode(), ander.hashCode());
    assertFalse(a.equals(null));
  }

  private static GemeenteAntwoord ingevuld(String naam) {
    Map<LeaThema, ThemaAntwoord> lea = new EnumMap<>(LeaThema.class);
    for (LeaThema t : LeaThema.values()) {
      lea.put(t, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
    }
    VveAntwoord vve = VveAntwoord.of(OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.NIEUW),
        Doelgroepdefinitie.onbekend(), OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.NIEUW),
        OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.NIEUW), Aanbod.of(1, 1, 1), Resultaatafspraken.geen());
    return GemeenteAntwoord.ingevuld(Gemeente.of("GM0014", naam), LeaAntwoord.of(lea), vve);
  }

  @Test
  void codesYearsAndGemeenten() throws Exception {
    waarde(Gemeentecode.of(14), Gemeentecode.parse("GM0014"), Gemeentecode.of(15));
    waarde(Verslagjaar.of(2022), Verslagjaar.parse("2022"), Verslagjaar.of(2023));
    assertTrue(Verslagjaar.of(2022).compareTo(Verslagjaar.of(2023)) < 0);
    waarde(Gemeente.of("GM0014", "Groningen"), Gemeente.of("GM0014", "Stad"), Gemeente.of("GM0015", "Groningen"));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(Gemeentecode.of(363));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
      assertSame(Gemeentecode.of(363), in.readObject());
    }
  }

  @Test
  void gemeenteAntwoorden() {
    GemeenteAntwoord a = ingevuld("Groningen");
    waarde(a, ingevuld("Groningen"), ingevuld("Stad Groningen"));
    assertNotEquals(a, GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0014", "Groningen")));
    assertTrue(a.isIngevuld());
    assertTrue(a.toString().contains("lea="));
    assertTrue(GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0014", "G")).toString().contains("ingevuld=false"));
    Vragenlijst v = Vragenlijst.of(Verslagjaar.of(2022), List.of(a, GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0034", "Almere"))));
    assertEquals(List.of(a), v.ingevuld());
  }

  @Test
  void everyCountOfAanbodIsRangeChecked() {
    for (int veld = 0; veld < 3; veld++) {
      OptionalInt[] n = {OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()};
      n[veld] = OptionalInt.of(1_000_001);
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> Aanbod.of(n[0], n[1], n[2], Set.of(), Set.of()));
      assertEquals(List.of("doelgroeppeuters", "kindplaatsen", "bereikteDoelgroeppeuters").get(veld), e.field());
      n[veld] = OptionalInt.of(-1);
      assertThrows(DomainValidationException.class, () -> Aanbod.of(n[0], n[1], n[2], Set.of(), Set.of()));
    }
  }

  @Test
  void everyFieldOfResultaatafsprakenGeenMustBeEmpty() {
    List<java.util.function.UnaryOperator<Resultaatafspraken.Builder>> velden = List.of(
        b -> b.reikwijdte(Reikwijdte.ANDERS),
        b -> b.ontwikkelingsgebieden(Ontwikkelingsgebied.TAAL),
        b -> b.inhoud(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.TAAL)),
        b -> b.aanlevering(Aanlevering.ANDERS),
        b -> b.doelen(Doel.of(DoelStatus.BEHAALD)),
        b -> b.redenenNietBehaald(RedenNietBehaald.CORONA),
        b -> b.gesprekspartners(Gesprekspartner.SCHOOLBESTUREN));
    List<String> namen = List.of("reikwijdte", "ontwikkelingsgebieden", "inhoud", "aanlevering", "doelen",
        "redenenNietBehaald", "gesprekspartners");
    for (int i = 0; i < velden.size(); i++) {
      var zet = velden.get(i);
      DomainValidationException e = assertThrows(DomainValidationException.class,
          () -> zet.apply(Resultaatafspraken.builder(ResultaatafsprakenStatus.GEEN)).build());
      assertEquals(namen.get(i), e.field());
    }
  }

  @Test
  void definitionsWithCriteriaAndTheirErrors() {
    Doelgroepdefinitie d = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL, DoelgroepIndicator.KIND_IN_AZC),
        List.of(Set.of(DoelgroepIndicator.THUISTAAL, DoelgroepIndicator.KIND_IN_AZC)));
    assertFalse(d.isDoelgroep(Set.of(DoelgroepIndicator.THUISTAAL)));
    assertTrue(d.isDoelgroep(Set.of(DoelgroepIndicator.THUISTAAL, DoelgroepIndicator.KIND_IN_AZC)));
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("X"));
    assertTrue(e.rule().contains("allowed: OPLEIDINGSNIVEAU_OUDERS, ACHTERSTAND_CONSULTATIEBUREAU, "), e.rule());
    Peuter p = Peuter.of("p", Gemeentecode.of(1), 36, Set.of(DoelgroepIndicator.THUISTAAL), false);
    assertFalse(p.isDoelgroep(d));
  }

  @Test
  void veOfferDurationsInEveryNumberTypeAndTheTwentyFourHourBoundary() {
    assertEquals(0, new BigDecimal("5400").compareTo(VeAanbod.of(Map.of(DayOfWeek.MONDAY,
        Quantities.getQuantity(new BigDecimal("1.5"), Units.HOUR)), 1).secondenPerDag().get(DayOfWeek.MONDAY)));
    assertEquals(0, new BigDecimal("7200").compareTo(VeAanbod.of(Map.of(DayOfWeek.MONDAY,
        Quantities.getQuantity(BigInteger.TWO, Units.HOUR)), 1).secondenPerDag().get(DayOfWeek.MONDAY)));
    assertEquals(0, new BigDecimal("10800").compareTo(VeAanbod.of(Map.of(DayOfWeek.MONDAY,
        Quantities.getQuantity(3L, Units.HOUR)), 1).secondenPerDag().get(DayOfWeek.MONDAY)));
    assertEquals(0, new BigDecimal("86400").compareTo(VeAanbod.of(Map.of(DayOfWeek.MONDAY,
        Quantities.getQuantity(24, Units.HOUR)), 1).secondenPerDag().get(DayOfWeek.MONDAY)));
    assertThrows(DomainValidationException.class, () -> VeAanbod.of(Map.of(DayOfWeek.MONDAY,
        Quantities.getQuantity(86_401, Units.SECOND)), 1));
  }
}
