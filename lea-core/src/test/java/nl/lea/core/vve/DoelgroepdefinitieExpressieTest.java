package nl.lea.core.vve;

import static nl.lea.core.vve.DoelgroepIndicator.HERKOMST_OUDERS;
import static nl.lea.core.vve.DoelgroepIndicator.OPLEIDINGSNIVEAU_OUDERS;
import static nl.lea.core.vve.DoelgroepIndicator.THUISTAAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import org.junit.jupiter.api.Test;

/** The expression form of a doelgroepdefinitie used by {@code ./lea indicatie --definitie}. */
class DoelgroepdefinitieExpressieTest {

  @Test
  void parsesTheRapportMdExample() {
    Doelgroepdefinitie d = Doelgroepdefinitie.parse("THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS");
    assertEquals(Optional.of(List.of(Set.of(THUISTAAL), Set.of(OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS))), d.criteria());
    assertEquals(Optional.of(Omvang.SMAL), d.omvang());
    assertEquals("OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | THUISTAAL", d.expressie());
  }

  @Test
  void normalisesOrderRepeatsAndWhitespace() {
    assertEquals("OPLEIDINGSNIVEAU_OUDERS & THUISTAAL | HERKOMST_OUDERS",
        Doelgroepdefinitie.parse("  HERKOMST_OUDERS|THUISTAAL&OPLEIDINGSNIVEAU_OUDERS | HERKOMST_OUDERS ").expressie());
    assertEquals("HERKOMST_OUDERS | HERKOMST_OUDERS & THUISTAAL",
        Doelgroepdefinitie.parse("THUISTAAL & HERKOMST_OUDERS | HERKOMST_OUDERS").expressie());
  }

  @Test
  void parseReversesExpressie() {
    for (String e : List.of("THUISTAAL", "OPLEIDINGSNIVEAU_OUDERS & THUISTAAL | KIND_IN_AZC", "HERKOMST_KIND | HERKOMST_OUDERS | JAREN_IN_NEDERLAND")) {
      Doelgroepdefinitie d = Doelgroepdefinitie.parse(e);
      assertEquals(d.expressie(), Doelgroepdefinitie.parse(d.expressie()).expressie());
      assertEquals(d.indicatoren(), Doelgroepdefinitie.parse(d.expressie()).indicatoren());
    }
  }

  @Test
  void badExpressionsAreDomainErrors() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL | SCHOENMAAT"));
    assertTrue(e.getMessage().contains("SCHOENMAAT") && e.getMessage().contains("KIND_IN_AZC"), e.getMessage());
    assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse(""));
    assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL |"));
    assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL & & KIND_IN_AZC"));
  }

  @Test
  void withoutCriteriaTheExpressionIsOneClausePerIndicator() {
    assertEquals("OPLEIDINGSNIVEAU_OUDERS | THUISTAAL", Doelgroepdefinitie.of(Set.of(THUISTAAL, OPLEIDINGSNIVEAU_OUDERS)).expressie());
    assertEquals("", Doelgroepdefinitie.onbekend().expressie());
  }
}
