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
