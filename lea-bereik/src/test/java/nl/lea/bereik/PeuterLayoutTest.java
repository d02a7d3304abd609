package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vve.DoelgroepIndicator;
import org.junit.jupiter.api.Test;

/** The one owner of the packed toddler: fields that never overlap, and a tenth indicator that fails loudly. */
class PeuterLayoutTest {

  @Test
  void theStandardLayoutIsDerivedFromTheIndicators() {
    PeuterLayout l = PeuterLayout.STANDAARD;
    assertEquals(DoelgroepIndicator.values().length, l.indicatoren);
    assertEquals(1 << DoelgroepIndicator.values().length, l.sets);
    assertEquals(2 * l.sets, l.sleutels);
    assertEquals(Integer.SIZE, l.gemeenteSchuif + PeuterLayout.GEMEENTE_BITS, "nine indicators fill the int exactly");
  }

  @Test
  void everyFieldRoundTripsForEveryWidthThatFits() {
    qt().forAll(integers().between(1, 9), integers().between(0, 9999), integers().between(0, 96), integers().all())
        .checkAssert((k, g, leeftijd, willekeurig) -> {
          PeuterLayout l = PeuterLayout.voor(k);
          boolean ve = willekeurig < 0;
          int masker = willekeurig & (l.sets - 1);
          int p = l.pak(g, leeftijd, masker, ve);
          assertEquals(g.intValue(), l.gemeente(p));
          assertEquals(leeftijd.intValue(), l.leeftijdInMaanden(p));
          assertEquals(masker, l.masker(p));
          assertEquals(ve, l.veDeelname(p));
          assertEquals(leeftijd >= 30 && leeftijd < 48, l.isVeLeeftijd(p));
          assertEquals(masker | (ve ? l.ve : 0), l.sleutel(p));
        });
  }

  @Test
  void aTenthIndicatorFailsLoudlyInsteadOfCollidingWithTheVeBit() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PeuterLayout.voor(10));
    assertTrue(e.getMessage().contains("10 indicators needs 33 bits"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> PeuterLayout.voor(0));
  }

  @Test
  void indicatorenIsTheInverseOfMasker() {
    for (int m = 0; m < PeuterLayout.STANDAARD.sets; m++) {
      assertEquals(m, Indicatie.masker(Indicatie.indicatoren(m)));
    }
    assertEquals(Set.of(DoelgroepIndicator.THUISTAAL), Indicatie.indicatoren(Indicatie.masker(Set.of(DoelgroepIndicator.THUISTAAL))));
    assertThrows(DomainValidationException.class, () -> Indicatie.indicatoren(512));
    assertThrows(DomainValidationException.class, () -> Indicatie.indicatoren(-1));
  }

  @Test
  void theCandidatesOfBreedteK() {
    assertEquals(9, Indicatie.enkeleClausules(1).size());
    assertEquals(129, Indicatie.enkeleClausules(3).size());
    assertEquals(511, Indicatie.enkeleClausules(9).size());
    assertThrows(DomainValidationException.class, () -> Indicatie.enkeleClausules(0));
    assertThrows(DomainValidationException.class, () -> Indicatie.enkeleClausules(10));
    Indicatie.enkeleClausules(2).forEach(d -> assertEquals(1, d.clausules().size()));
  }
}
