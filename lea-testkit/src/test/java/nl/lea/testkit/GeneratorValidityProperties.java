package nl.lea.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.Gemeentecode;
import nl.lea.core.doel.Doel;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.VeAanbod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every generator yields only valid values: 10,000 samples per type, each built through the public
 * factories (which validate), and re-validated here by rebuilding it from its parts.
 */
class GeneratorValidityProperties {

  private static final int SAMPLES = 10_000;

  /**
   * A generator gives valid values (the factories it calls validate), and values that differ: a
   * generator stuck on one value, or a value whose equality is not stable, fails here.
   */
  private static <T> void geldig(Gen<T> gen) {
    java.util.Set<T> gezien = new java.util.HashSet<>();
    qt().withExamples(SAMPLES).forAll(gen).checkAssert(v -> {
      assertNotNull(v);
      assertTrue(v.equals(v) && v.hashCode() == v.hashCode(), String.valueOf(v));
      gezien.add(v);
    });
    assertTrue(gezien.size() > 1, "the generator gave one value only: " + gezien);
  }

  @Test
  void simpleValues() {
    geldig(LeaGenerators.gemeentecodes());
    geldig(LeaGenerators.gemeenten());
    geldig(LeaGenerators.gemeenten().echt());
    geldig(LeaGenerators.verslagjaren());
    geldig(LeaGenerators.doelen());
    geldig(LeaGenerators.omvangIndelingen());
    qt().withExamples(SAMPLES).forAll(LeaGenerators.aantallen()).checkAssert(n -> assertTrue(n >= 0 && n <= Aanbod.MAX_AANTAL));
    qt().withExamples(SAMPLES).forAll(LeaGenerators.leeftijdenInMaanden()).checkAssert(n -> assertTrue(n >= 0 && n <= 96));
  }

  @Test
  void answers() {
    geldig(LeaGenerators.doelLijsten());
    geldig(LeaGenerators.themaAntwoorden());
    geldig(LeaGenerators.leaAntwoorden());
    for (nl.lea.core.vve.VveOnderwerp o : nl.lea.core.vve.VveOnderwerp.values()) {
      geldig(LeaGenerators.onderwerpAntwoorden(o));
    }
    geldig(LeaGenerators.doelgroepdefinities());
    geldig(LeaGenerators.doelgroepdefinities().metCriteria());
    geldig(LeaGenerators.doelgroepdefinities().zonderCriteria());
    geldig(LeaGenerators.resultaatafspraken());
    geldig(LeaGenerators.vveAntwoorden());
    geldig(LeaGenerators.gemeenteAntwoorden());
    geldig(LeaGenerators.peuters());
  }

  @Test
  void jaarverantwoordingenCarryEveryVersion2ItemSomewhere() {
    geldig(LeaGenerators.gemeenteAntwoorden().jaarverantwoording(nl.lea.core.Verslagjaar.of(2023)));
    List<nl.lea.core.vragenlijst.Vragenlijst> lijsten = new java.util.ArrayList<>();
    qt().withExamples(300).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(1, 6).jaarverantwoording()).checkAssert(v -> {
      lijsten.add(v);
      for (var a : v.ingevuld()) {
        assertTrue(a.isJaarverantwoording(), "every filled-in answer carries the yearly overleg");
        assertTrue(a.vve().orElseThrow().aanbod().subsidiemodel().isPresent());
        if (v.verslagjaar().jaar() >= 2023) {
          assertTrue(a.verantwoording().flatMap(nl.lea.core.vragenlijst.Verantwoording::vastgesteld).isPresent());
        }
      }
    });
    var antwoorden = lijsten.stream().flatMap(v -> v.ingevuld().stream()).toList();
    // Variety: each kind of item occurs, and its absence too.
    assertTrue(antwoorden.stream().anyMatch(a -> !a.jaarlijksOverleg().orElseThrow().leaOverlegGevoerd()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.jaarlijksOverleg().orElseThrow().leaOverlegGevoerd()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.verantwoording().isPresent()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.verantwoording().isEmpty()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.lea().orElseThrow().perThema().values().stream().anyMatch(t -> !t.anders().isEmpty())));
    assertTrue(antwoorden.stream().anyMatch(a -> !a.lea().orElseThrow().perThema().values().stream()
        .allMatch(t -> t.redenenGeenAfspraken().isEmpty() && t.redenenGeenDoelen().isEmpty() && t.redenenNietGeevalueerd().isEmpty())));
    assertTrue(antwoorden.stream().anyMatch(a -> a.vve().orElseThrow().aanbod().wachtlijst().isPresent()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.vve().orElseThrow().aanbod().wachtlijst().isEmpty()));
    assertTrue(antwoorden.stream().anyMatch(a -> a.vve().orElseThrow().aanbod().veLocaties().isPresent()));
    assertTrue(antwoorden.stream().anyMatch(a -> !a.vve().orElseThrow().aanbod().anders().isEmpty()
        || !a.vve().orElseThrow().resultaatafspraken().anders().isEmpty()));
  }

  @Test
  void aanbodRespectsItsKnobs() {
    qt().withExamples(SAMPLES).forAll(LeaGenerators.aanbod().bereikBovenHonderd(false).scheef()).checkAssert(a -> {
      if (a.doelgroeppeuters().isPresent() && a.bereikteDoelgroeppeuters().isPresent()) {
        assertTrue(a.bereikteDoelgroeppeuters().getAsInt() <= a.doelgroeppeuters().getAsInt());
      }
    });
    qt().withExamples(SAMPLES).forAll(LeaGenerators.aanbod().aandeelOntbrekend(100))
        .checkAssert(a -> assertEquals(Aanbod.onbekend().doelgroeppeuters(), a.doelgroeppeuters()));
    qt().withExamples(SAMPLES).forAll(LeaGenerators.aanbod().aandeelOntbrekend(0)).checkAssert(a -> assertTrue(a.isVolledig()));
  }

  @Test
  void veOffersAreExactWholeQuarters() {
    qt().withExamples(SAMPLES).forAll(LeaGenerators.veAanbod()).checkAssert((VeAanbod v) ->
        v.secondenPerDag().values().forEach(s -> assertEquals(0, s.remainder(java.math.BigDecimal.valueOf(900)).signum())));
  }

  @Test
  void wholeDocumentsHaveUniqueAscendingCodes() {
    qt().withExamples(SAMPLES).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 12)).checkAssert(v -> {
      Gemeentecode vorige = null;
      for (GemeenteAntwoord a : v.gemeenten()) {
        assertTrue(vorige == null || vorige.compareTo(a.gemeente().code()) < 0);
        vorige = a.gemeente().code();
      }
      // Rebuilding through the validating factory accepts it again.
      assertEquals(v, Vragenlijst.of(v.verslagjaar(), v.gemeenten()));
    });
  }

  @Test
  void realGemeentenDocumentsUseTheRealNames() {
    qt().withExamples(200).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(300, 342).echteGemeenten()).checkAssert(v -> {
      Set<String> namen = new HashSet<>();
      v.gemeenten().forEach(a -> namen.add(a.gemeente().naam()));
      assertTrue(v.gemeenten().size() >= 300);
      assertEquals(v.gemeenten().size(), namen.size());
    });
    assertEquals(342, EchteGemeenten.ALLE.size());
    assertEquals("Nuenen, Gerwen en Nederwetten", EchteGemeenten.ALLE.stream()
        .filter(g -> g.code().equals(Gemeentecode.of("GM0820"))).findFirst().orElseThrow().naam());
  }

  @Test
  void knobsRejectNonsense() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LeaGenerators.aanbod().aandeelOntbrekend(101));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> LeaGenerators.vragenlijsten().aantalGemeenten(0, 400).echteGemeenten());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LeaGenerators.doelLijsten().maxAantal(-1));
  }

}
