package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one argument contract of lea: {@code field: rule, was value}, with the parts as getters. */
class DomainValidationExceptionTest {

  @Test
  void theMessageHasOneFormat() {
    DomainValidationException e = new DomainValidationException("code", "must be \"GM\" followed by four digits 0-9", "GM14");
    assertEquals("code: must be \"GM\" followed by four digits 0-9, was \"GM14\"", e.getMessage());
    assertEquals("code", e.field());
    assertEquals("GM14", e.value());
    assertEquals("verslagjaar: must be an integer 2000..2100, was 1999",
        new DomainValidationException("verslagjaar", "must be an integer 2000..2100", 1999).getMessage());
    assertNull(new DomainValidationException("naam", "is required", null).value());
  }

  @Test
  void requireNonNull() {
    String s = "x";
    assertSame(s, DomainValidationException.requireNonNull(s, "s"));
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> DomainValidationException.requireNonNull(null, "indicatie"));
    assertEquals("indicatie: is required, was null", e.getMessage());
  }

  @Test
  void requireNoNulls() {
    List<String> lijst = List.of("a", "b");
    assertSame(lijst, DomainValidationException.requireNoNulls(lijst, "lijst"));
    assertEquals("peuters", assertThrows(DomainValidationException.class, () -> DomainValidationException.requireNoNulls(null, "peuters")).field());
    assertEquals("peuters[1]", assertThrows(DomainValidationException.class,
        () -> DomainValidationException.requireNoNulls(Arrays.asList("a", null), "peuters")).field());
  }

  @Test
  void everyViolationIsKeptTheMessageListsThemAll() {
    DomainValidationException e = new DomainValidationException(List.of(
        DomainValidationException.Violation.of("uitkomst", "is not allowed for TOELEIDING", "NIET_NODIG"),
        DomainValidationException.Violation.ofField("redenenGeenOverleg", "allowed only with uitkomst GEEN_OVERLEG", List.of("ANDERS"))));
    assertEquals(2, e.violations().size());
    assertEquals("uitkomst", e.field());
    assertEquals("uitkomst: is not allowed for TOELEIDING, was \"NIET_NODIG\"; "
        + "redenenGeenOverleg: allowed only with uitkomst GEEN_OVERLEG, was [ANDERS]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DomainValidationException(List.of()));
    DomainValidationException.throwIfAny(List.of());
    assertSame(DomainValidationException.class,
        assertThrows(DomainValidationException.class, () -> DomainValidationException.throwIfAny(e.violations())).getClass());
  }

  @Test
  void aViolationsPathIsAlsoAJsonPointer() {
    assertEquals("/inhoud/1/gebied", DomainValidationException.Violation.of("inhoud[1].gebied", "r", "x").pointer());
    assertEquals("/contact/LEA", DomainValidationException.Violation.of("contact[LEA]", "r", "x").pointer());
    assertEquals("", DomainValidationException.Violation.of("", "r", "x").pointer());
    assertEquals("/a~1b/c~0d", DomainValidationException.Violation.of("a/b.c~d", "r", "x").pointer());
  }

  @Test
  void aViolationSeenFromAnEnclosingValue() {
    DomainValidationException.Violation v = DomainValidationException.Violation.of("[2].code", "repeats the code of", "GM0014")
        .withReference("[0]");
    DomainValidationException.Violation binnen = v.under("gemeenten");
    assertEquals("gemeenten[2].code", binnen.field());
    assertEquals("repeats the code of gemeenten[0]", binnen.rule());
    assertEquals("repeats the code of /doc/gemeenten/0", binnen.rule(p -> "/doc" + p));
    assertEquals("vve.toeleiding.uitkomst", DomainValidationException.Violation.of("uitkomst", "r", "x").under("vve.toeleiding").field());
    assertEquals("omschrijving", DomainValidationException.Violation.of("", "r", "x").under("omschrijving").field());
    assertEquals("gemeenten[2].code: repeats the code of gemeenten[0], was \"GM0014\"", binnen.toString());
  }

  @Test
  void aReaderRepeatsTheValueOnlyOfAViolationOfTheValue() {
    assertTrue(DomainValidationException.Violation.of("uitkomst", "r", "NIET_NODIG").repeatsValue());
    assertFalse(DomainValidationException.Violation.ofField("redenen", "r", List.of()).repeatsValue());
    assertEquals(DomainValidationException.Violation.of("a", "r", 1), DomainValidationException.Violation.of("a", "r", 1));
    assertNotEquals(DomainValidationException.Violation.of("a", "r", 1), DomainValidationException.Violation.ofField("a", "r", 1));
  }
}
