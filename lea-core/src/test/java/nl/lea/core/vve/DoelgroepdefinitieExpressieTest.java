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
    // Criteria are kept normalised: clauses in enum order.
    assertEquals(Optional.of(List.of(Set.of(OPLEIDINGSNIVEAU_OUDERS, HERKOMST_OUDERS), Set.of(THUISTAAL))), d.criteria());
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
  void parseReversesToStringAndExpressie() {
    for (String e : List.of("THUISTAAL", "OPLEIDINGSNIVEAU_OUDERS & THUISTAAL | KIND_IN_AZC", "HERKOMST_KIND | HERKOMST_OUDERS | JAREN_IN_NEDERLAND")) {
      Doelgroepdefinitie d = Doelgroepdefinitie.parse(e);
      assertEquals(d, Doelgroepdefinitie.parse(d.expressie()));
      assertEquals(d, Doelgroepdefinitie.parse(d.toString()));
      assertEquals(d.expressie(), d.toString());
    }
    assertEquals(Doelgroepdefinitie.onbekend(), Doelgroepdefinitie.parse(Doelgroepdefinitie.onbekend().toString()));
    Doelgroepdefinitie zonderCriteria = Doelgroepdefinitie.of(Set.of(THUISTAAL, HERKOMST_OUDERS));
    assertEquals(zonderCriteria, Doelgroepdefinitie.parse(zonderCriteria.toString()));
  }

  @Test
  void twoSpellingsOfOneRuleAreEqual() {
    Doelgroepdefinitie a = Doelgroepdefinitie.parse("THUISTAAL | HERKOMST_OUDERS");
    assertEquals(Doelgroepdefinitie.of(Set.of(THUISTAAL, HERKOMST_OUDERS)), a, "one clause per indicator is no criteria");
    assertEquals(Doelgroepdefinitie.metCriteria(List.of(Set.of(HERKOMST_OUDERS), Set.of(THUISTAAL), Set.of(HERKOMST_OUDERS))), a);
    assertEquals(a.hashCode(), Doelgroepdefinitie.of(Set.of(HERKOMST_OUDERS, THUISTAAL)).hashCode());
    assertEquals(Doelgroepdefinitie.parse("THUISTAAL & HERKOMST_OUDERS | OPLEIDINGSNIVEAU_OUDERS"),
        Doelgroepdefinitie.parse("OPLEIDINGSNIVEAU_OUDERS | HERKOMST_OUDERS & THUISTAAL"));
    // A different rule over the same indicators is a different definition.
    assertTrue(!Doelgroepdefinitie.parse("THUISTAAL & HERKOMST_OUDERS").equals(a));
  }

  @Test
  void badExpressionsAreDomainErrors() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL | SCHOENMAAT"));
    assertTrue(e.getMessage().contains("SCHOENMAAT") && e.getMessage().contains("KIND_IN_AZC"), e.getMessage());
    assertEquals(Doelgroepdefinitie.onbekend(), Doelgroepdefinitie.parse("  "));
    assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL |"));
    assertThrows(DomainValidationException.class, () -> Doelgroepdefinitie.parse("THUISTAAL & & KIND_IN_AZC"));
  }

  @Test
  void withoutCriteriaTheExpressionIsOneClausePerIndicator() {
    assertEquals("OPLEIDINGSNIVEAU_OUDERS | THUISTAAL", Doelgroepdefinitie.of(Set.of(THUISTAAL, OPLEIDINGSNIVEAU_OUDERS)).expressie());
    assertEquals("", Doelgroepdefinitie.onbekend().expressie());
  }
}
