package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/domein.md §3.1: Gemeente and its CBS code. */
class GemeenteTest {

  @Nested
  class Code {
    @Test
    void parsesTheCbsCode() {
      Gemeentecode code = Gemeentecode.of("GM0363");
      assertEquals(363, code.nummer());
      assertEquals("GM0363", code.toString());
      assertEquals(Gemeentecode.of(363), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GM", "GM363", "GM03630", "gm0363", "GM 363", "GM03a3", "XX0363", "GM٠٣٦٣", "GM-363"})
    void rejectsAnythingButGmAndFourAsciiDigits(String text) {
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> Gemeentecode.of(text));
      assertEquals("code", e.field());
      assertEquals(text, e.value());
      assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }

    @Test
    void rejectsNumbersOutsideFourDigits() {
      assertThrows(DomainValidationException.class, () -> Gemeentecode.of(-1));
      assertThrows(DomainValidationException.class, () -> Gemeentecode.of(10_000));
    }

    @Test
    void parseReversesToString() {
      qt().forAll(integers().between(0, 9999))
          .checkAssert(n -> assertEquals(Gemeentecode.of(n), Gemeentecode.parse(Gemeentecode.of(n).toString())));
    }

    @Test
    void orderingFollowsTheNumber() {
      qt().forAll(integers().between(0, 9999), integers().between(0, 9999))
          .checkAssert((a, b) -> assertEquals(
              Integer.signum(Integer.compare(a, b)),
              Integer.signum(Gemeentecode.of(a).compareTo(Gemeentecode.of(b)))));
    }

    @Test
    void onlySixCharacterGmStringsWithDigitsAreAccepted() {
      qt().forAll(strings().allPossible().ofLengthBetween(0, 8)).checkAssert(text -> {
        boolean valid = text.matches("GM[0-9]{4}");
        try {
          Gemeentecode.of(text);
          assertTrue(valid, text);
        } catch (DomainValidationException e) {
          assertTrue(!valid, text);
        }
      });
    }
  }

  @Nested
  class Naam {
    @Test
    void stripsSurroundingWhitespace() {
      assertEquals("Groningen", Gemeente.of("GM0014", "  Groningen\t").naam());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsABlankName(String naam) {
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> Gemeente.of("GM0014", naam));
      assertEquals("naam", e.field());
    }

    @Test
    void rejectsMissingParts() {
      assertEquals("naam", assertThrows(DomainValidationException.class, () -> Gemeente.of("GM0014", null)).field());
      DomainValidationException e = assertThrows(DomainValidationException.class, () -> Gemeente.of((String) null, "X"));
      assertEquals("code", e.field());
      assertNull(e.value());
    }
  }

  @Test
  void equalityAndOrderingAreByCodeOnly() {
    Gemeente a = Gemeente.of("GM0363", "Amsterdam");
    Gemeente b = Gemeente.of("GM0363", "Amsterdam (oud)");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Gemeente.of("GM0014", "Amsterdam"));
    TreeSet<Gemeente> set = new TreeSet<>(List.of(Gemeente.of("GM0363", "Amsterdam"), Gemeente.of("GM0014", "Groningen")));
    assertEquals("GM0014", set.first().code().toString());
    assertEquals("GM0363 Amsterdam", a.toString());
  }
}
