package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The batch, parallel and streaming paths equal a per-record oracle written here (no library
 * counter) on random registers and random definitions.
 */
class PeuterregisterProperties {

  private static final List<Gemeentecode> CODES = List.of(Gemeentecode.of(0), Gemeentecode.of(14), Gemeentecode.of(363), Gemeentecode.of(9999));

  @Test
  void batchEqualsPerRecordSequentialParallelAndStreaming() {
    qt().withExamples(300).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 400),
        LeaGenerators.doelgroepdefinities()).checkAssert((peuters, def) -> {
          PeuterTelling perRecord = orakel(peuters, def);
          Indicatie indicatie = Indicatie.van(def);
          Peuterregister register = Peuterregister.van(peuters);
          assertEquals(perRecord, register.tel(indicatie));
          assertEquals(perRecord, register.telParallel(indicatie));
          assertEquals(perRecord, PeuterTelling.van(peuters, def));
          assertEquals(perRecord, peuters.parallelStream().collect(PeuterTelling.collector(def)));
          Peuterregister.Teller teller = new Peuterregister.Teller();
          peuters.forEach(p -> teller.add(p, indicatie));
          assertEquals(perRecord, teller.resultaat());
          // Split anywhere and merged: the same counts.
          Peuterregister.Teller links = new Peuterregister.Teller();
          Peuterregister.Teller rechts = new Peuterregister.Teller();
          for (int i = 0; i < peuters.size(); i++) {
            (i < peuters.size() / 3 ? links : rechts).add(peuters.get(i), indicatie);
          }
          assertEquals(perRecord, links.merge(rechts).resultaat());
        });
  }

  /** Counts record by record with the domain methods of Peuter and Doelgroepdefinitie only. */
  private static PeuterTelling orakel(List<nl.lea.core.peuter.Peuter> peuters, nl.lea.core.vve.Doelgroepdefinitie def) {
    java.util.Map<Gemeentecode, long[]> tel = new java.util.TreeMap<>();
    for (nl.lea.core.peuter.Peuter p : peuters) {
      long[] t = tel.computeIfAbsent(p.gemeente(), c -> new long[2]);
      if (p.leeftijdInMaanden() >= 30 && p.leeftijdInMaanden() < 48 && def.isDoelgroep(p.indicatoren())) {
        t[0]++;
        t[1] += p.veDeelname() ? 1 : 0;
      }
    }
    java.util.Map<Gemeentecode, PeuterTelling.Gemeente> perGemeente = new java.util.TreeMap<>();
    tel.forEach((c, t) -> perGemeente.put(c, PeuterTelling.Gemeente.of(c, t[0], t[1])));
    return PeuterTelling.of(perGemeente);
  }

  @Test
  void theCompiledDefinitionAgreesOnEveryMask() {
    qt().forAll(LeaGenerators.doelgroepdefinities(), integers().between(0, 511)).checkAssert((def, masker) ->
        assertEquals(def.isDoelgroep(maskerNaarSet(masker)), Indicatie.van(def).isDoelgroep(masker)));
  }

  @Test
  void largeRegistersSplitOverBlocks() {
    Peuterregister.Builder b = Peuterregister.builder();
    for (int i = 0; i < 200_000; i++) {
      b.add(Gemeentecode.of(i % 7), 30 + i % 20, maskerNaarSet(i % 512), i % 3 == 0);
    }
    Peuterregister register = b.build();
    Indicatie indicatie = Indicatie.van(nl.lea.core.vve.Doelgroepdefinitie.parse("THUISTAAL | KIND_IN_AZC & HERKOMST_KIND"));
    assertEquals(register.tel(indicatie), register.telParallel(indicatie));
    assertEquals(200_000, register.size());
  }

  @Test
  void everyInputIsValidatedWithTheDomainException() {
    Peuterregister.Builder b = Peuterregister.builder();
    Gemeentecode g = Gemeentecode.of(14);
    assertEquals("leeftijdInMaanden", assertThrows(DomainValidationException.class, () -> b.add(g, 97, java.util.Set.of(), true)).field());
    assertEquals("leeftijdInMaanden", assertThrows(DomainValidationException.class, () -> b.add(g, -1, java.util.Set.of(), true)).field());
    assertEquals("gemeente", assertThrows(DomainValidationException.class, () -> b.add(null, 30, java.util.Set.of(), true)).field());
    assertEquals("indicatoren", assertThrows(DomainValidationException.class, () -> b.add(g, 30, null, true)).field());
    assertEquals("peuter", assertThrows(DomainValidationException.class, () -> b.add(null)).field());
    assertThrows(DomainValidationException.class, () -> Peuterregister.van(null));
    assertThrows(DomainValidationException.class, () -> b.build().tel(null));
    assertThrows(DomainValidationException.class, () -> new Peuterregister.Teller().merge(null));
    assertThrows(DomainValidationException.class, () -> PeuterTelling.van(List.of(), null));
    assertEquals(1, b.add(g, 96, java.util.Set.of(DoelgroepIndicator.THUISTAAL), false).build().size());
  }

  private static java.util.Set<DoelgroepIndicator> maskerNaarSet(int masker) {
    java.util.Set<DoelgroepIndicator> set = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
    for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
      if ((masker & (1 << i.ordinal())) != 0) {
        set.add(i);
      }
    }
    return set;
  }
}
