package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** The batch path equals the per-record path on random registers and random definitions. */
class PeuterregisterProperties {

  private static final List<Gemeentecode> CODES = List.of(Gemeentecode.of(0), Gemeentecode.of(14), Gemeentecode.of(363), Gemeentecode.of(9999));

  @Test
  void batchEqualsPerRecordSequentialParallelAndStreaming() {
    qt().withExamples(300).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 400),
        LeaGenerators.doelgroepdefinities()).checkAssert((peuters, def) -> {
          PeuterTelling perRecord = PeuterTelling.van(peuters, def);
          Indicatie indicatie = Indicatie.van(def);
          Peuterregister register = Peuterregister.van(peuters);
          assertEquals(perRecord, register.tel(indicatie));
          assertEquals(perRecord, register.telParallel(indicatie));
          Peuterregister.Teller teller = new Peuterregister.Teller();
          peuters.forEach(p -> teller.tel(p, indicatie));
          assertEquals(perRecord, teller.resultaat());
        });
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
      b.voeg(Peuterregister.pak(i % 7, 30 + i % 20, i % 512, i % 3 == 0));
    }
    Peuterregister register = b.bouw();
    Indicatie indicatie = Indicatie.van(nl.lea.core.vve.Doelgroepdefinitie.parse("THUISTAAL | KIND_IN_AZC & HERKOMST_KIND"));
    assertEquals(register.tel(indicatie), register.telParallel(indicatie));
    assertEquals(200_000, register.size());
  }

  @Test
  void packingChecksItsRanges() {
    assertThrows(IllegalArgumentException.class, () -> Peuterregister.pak(10_000, 30, 0, true));
    assertThrows(IllegalArgumentException.class, () -> Peuterregister.pak(1, 97, 0, true));
    assertThrows(IllegalArgumentException.class, () -> Peuterregister.pak(1, 30, 512, true));
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
