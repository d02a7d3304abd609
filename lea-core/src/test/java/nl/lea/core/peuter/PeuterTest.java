package nl.lea.core.peuter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.13: toddler records, the ve age and doelgroep membership. */
class PeuterTest {

  private static final Gemeentecode GRONINGEN = Gemeentecode.of("GM0014");

  private static Peuter peuter(int maanden) {
    return Peuter.of("p-1", GRONINGEN, maanden, Set.of(DoelgroepIndicator.THUISTAAL), true);
  }

  @Test
  void theVeAgeIsThirtyUpToFortyEightMonths() {
    assertFalse(peuter(29).isVeLeeftijd());
    assertTrue(peuter(30).isVeLeeftijd());
    assertTrue(peuter(47).isVeLeeftijd());
    assertFalse(peuter(48).isVeLeeftijd());
  }

  @Test
  void ageIsZeroToNinetySixMonths() {
    qt().forAll(integers().between(-3, 100)).checkAssert(m -> {
      if (m >= 0 && m <= 96) {
        assertEquals(m, peuter(m).leeftijdInMaanden());
        assertEquals(m >= 30 && m < 48, peuter(m).isVeLeeftijd());
      } else {
        assertEquals("leeftijdInMaanden", assertThrows(DomainValidationException.class, () -> peuter(m)).field());
      }
    });
  }

  @Test
  void membershipFollowsTheDefinitionsCriteria() {
    Doelgroepdefinitie thuistaal = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL));
    assertTrue(peuter(36).isDoelgroep(thuistaal));
  }

  @Test
  void theIdMustNotBeBlank() {
    assertEquals("id", assertThrows(DomainValidationException.class,
        () -> Peuter.of(" ", GRONINGEN, 36, Set.of(), false)).field());
    assertEquals("gemeente", assertThrows(DomainValidationException.class,
        () -> Peuter.of("p", null, 36, Set.of(), false)).field());
  }
}
