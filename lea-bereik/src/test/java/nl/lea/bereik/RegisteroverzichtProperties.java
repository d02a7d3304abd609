package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The one-pass summary answers any list of definitions exactly as counting each definition on the
 * records does; it is mergeable, and the streaming builder gives the register's summary.
 */
class RegisteroverzichtProperties {

  private static final List<Gemeentecode> CODES = List.of(Gemeentecode.of(0), Gemeentecode.of(14), Gemeentecode.of(363),
      Gemeentecode.of(9999));

  @Test
  void everyDefinitionOfAListIsCountedAsOnItsOwn() {
    qt().withExamples(300).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 400),
        lists().of(LeaGenerators.doelgroepdefinities()).ofSizeBetween(0, 12)).checkAssert((peuters, defs) -> {
          Peuterregister register = Peuterregister.van(peuters);
          Registeroverzicht overzicht = register.overzicht();
          List<Indicatie> indicaties = defs.stream().map(Indicatie::van).toList();
          List<PeuterTelling> verwacht = new ArrayList<>();
          for (Doelgroepdefinitie d : defs) {
            verwacht.add(PeuterTelling.van(peuters, d));
            assertEquals(register.tel(Indicatie.van(d)), overzicht.tel(Indicatie.van(d)), d.toString());
          }
          assertEquals(verwacht, overzicht.tel(indicaties));
          assertEquals(overzicht, Registeroverzicht.van(peuters), "the streaming builder");
        });
  }

  @Test
  void manyClausesAndBroadDefinitionsToo() {
    // Definitions of many single-indicator clauses take the direct path; both paths agree.
    qt().withExamples(100).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(50, 400),
        integers().between(1, 511)).checkAssert((peuters, masker) -> {
          List<java.util.Set<nl.lea.core.vve.DoelgroepIndicator>> clausules = new ArrayList<>();
          for (nl.lea.core.vve.DoelgroepIndicator i : nl.lea.core.vve.DoelgroepIndicator.values()) {
            if ((masker & (1 << i.ordinal())) != 0) {
              clausules.add(java.util.Set.of(i));
            }
          }
          Doelgroepdefinitie d = Doelgroepdefinitie.metCriteria(clausules);
          assertEquals(PeuterTelling.van(peuters, d), Peuterregister.van(peuters).overzicht().tel(Indicatie.van(d)));
        });
  }

  @Test
  void definitionsOfMoreThanEightClausesAreCountedDirectlyOrByComplement() {
    // Distinct clauses of one size are all minimal: nine or more 4-sets leave a small doelgroep
    // (counted over its sets), nine or more pairs a large one (counted as all less the others).
    for (int grootte : new int[] {2, 4}) {
      List<Integer> vanGrootte = new ArrayList<>();
      for (int m = 0; m < 512; m++) {
        if (Integer.bitCount(m) == grootte) {
          vanGrootte.add(m);
        }
      }
      qt().withExamples(60).forAll(
          lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(50, 400),
          lists().of(integers().between(0, vanGrootte.size() - 1)).ofSizeBetween(9, 30)).checkAssert((peuters, keuze) -> {
            java.util.Set<Integer> maskers = new java.util.LinkedHashSet<>();
            keuze.forEach(k -> maskers.add(vanGrootte.get(k)));
            for (int k = 0; maskers.size() < 9; k++) {
              maskers.add(vanGrootte.get(k));
            }
            List<java.util.Set<DoelgroepIndicator>> clausules = new ArrayList<>();
            for (int m : maskers) {
              java.util.Set<DoelgroepIndicator> c = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
              for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
                if ((m & (1 << i.ordinal())) != 0) {
                  c.add(i);
                }
              }
              clausules.add(c);
            }
            Doelgroepdefinitie d = Doelgroepdefinitie.metCriteria(clausules);
            assertEquals(PeuterTelling.van(peuters, d), Peuterregister.van(peuters).overzicht().tel(Indicatie.van(d)), d.toString());
          });
    }
  }

  @Test
  void manyGemeentenSpanSeveralBlocksOfTheSums() {
    List<Gemeentecode> veel = new ArrayList<>();
    for (int g = 1; g <= 150; g++) {
      veel.add(Gemeentecode.of(g * 7));
    }
    qt().withExamples(30).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(veel)).ofSizeBetween(0, 3000),
        lists().of(LeaGenerators.doelgroepdefinities()).ofSizeBetween(1, 6)).checkAssert((peuters, defs) -> {
          Registeroverzicht overzicht = Peuterregister.van(peuters).overzicht();
          Registeroverzicht gestroomd = Registeroverzicht.van(peuters);
          int helft = peuters.size() / 2;
          Registeroverzicht samengevoegd = Registeroverzicht.van(peuters.subList(0, helft))
              .merge(Registeroverzicht.van(peuters.subList(helft, peuters.size())));
          assertEquals(overzicht, gestroomd, "the streaming builder");
          assertEquals(overzicht, samengevoegd, "merged halves");
          for (Doelgroepdefinitie d : defs) {
            PeuterTelling verwacht = PeuterTelling.van(peuters, d);
            assertEquals(verwacht, overzicht.tel(Indicatie.van(d)), d.toString());
            assertEquals(verwacht, gestroomd.tel(Indicatie.van(d)), "streamed " + d);
            assertEquals(verwacht, samengevoegd.tel(Indicatie.van(d)), "merged " + d);
          }
        });
  }

  /** Plain values (as a register reader hands them on) and merged builders give the same summary. */
  @Test
  void plainValuesAndMergedBuildersSummariseAsRecordsDo() {
    qt().withExamples(200).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 200),
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 200)).checkAssert((a, b) -> {
          Registeroverzicht.Builder ba = Registeroverzicht.builder();
          a.forEach(p -> nl.lea.core.peuter.PeuterConsumer.accept(p, ba));
          Registeroverzicht.Builder bb = Registeroverzicht.builder();
          b.forEach(p -> nl.lea.core.peuter.PeuterConsumer.accept(p, bb));
          assertEquals(Registeroverzicht.van(a), Registeroverzicht.builder().merge(ba).build());
          List<Peuter> ab = new ArrayList<>(a);
          ab.addAll(b);
          assertEquals(Registeroverzicht.van(ab), ba.merge(bb).build());
        });
  }

  @Test
  void plainValuesAreCheckedAsTheRecordsAre() {
    Registeroverzicht.Builder b = Registeroverzicht.builder();
    assertEquals("gemeentenummer", assertThrows(DomainValidationException.class, () -> b.accept(10_000, 30, 0, true)).field());
    assertEquals("gemeentenummer", assertThrows(DomainValidationException.class, () -> b.accept(-1, 30, 0, true)).field());
    assertEquals("leeftijdInMaanden", assertThrows(DomainValidationException.class, () -> b.accept(14, 97, 0, true)).field());
    assertEquals("leeftijdInMaanden", assertThrows(DomainValidationException.class, () -> b.accept(14, -1, 0, true)).field());
    assertEquals("indicatoren", assertThrows(DomainValidationException.class, () -> b.accept(14, 30, 512, true)).field());
    assertEquals("indicatoren", assertThrows(DomainValidationException.class, () -> b.accept(14, 30, -1, true)).field());
    assertEquals("other", assertThrows(DomainValidationException.class, () -> b.merge(b)).field());
    assertEquals("other", assertThrows(DomainValidationException.class, () -> b.merge(null)).field());
    b.accept(9999, 96, 511, false);
    assertEquals(List.of(Gemeentecode.of(9999)), b.build().gemeenten());
  }

  @Test
  void summariesMerge() {
    qt().withExamples(200).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 200),
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 200),
        lists().of(LeaGenerators.peuters().gemeenten(CODES)).ofSizeBetween(0, 200)).checkAssert((a, b, c) -> {
          List<Peuter> ab = new ArrayList<>(a);
          ab.addAll(b);
          Registeroverzicht oa = Registeroverzicht.van(a);
          Registeroverzicht ob = Registeroverzicht.van(b);
          Registeroverzicht oc = Registeroverzicht.van(c);
          assertEquals(Registeroverzicht.van(ab), oa.merge(ob));
          assertEquals(oa.merge(ob), ob.merge(oa));
          assertEquals(oa.merge(ob).merge(oc), oa.merge(ob.merge(oc)));
          assertEquals(oa, oa.merge(Registeroverzicht.LEEG));
        });
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(DomainValidationException.class, () -> Registeroverzicht.LEEG.tel((Indicatie) null));
    assertThrows(DomainValidationException.class, () -> Registeroverzicht.LEEG.merge(null));
    assertThrows(DomainValidationException.class, () -> Registeroverzicht.builder().add(null));
    assertEquals(List.of(), Registeroverzicht.LEEG.gemeenten());
    assertEquals(PeuterTelling.LEEG, Registeroverzicht.LEEG.tel(Indicatie.van(Doelgroepdefinitie.parse("THUISTAAL"))));
  }
}
