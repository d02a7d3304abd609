package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** docs/domein.md §3.2: Verslagjaar. */
class VerslagjaarTest {

  @Test
  void acceptsExactly2000To2100() {
    qt().forAll(integers().between(1900, 2200)).checkAssert(jaar -> {
      if (jaar >= 2000 && jaar <= 2100) {
        assertEquals(jaar, Verslagjaar.of(jaar).jaar());
      } else {
        DomainValidationException e = assertThrows(DomainValidationException.class, () -> Verslagjaar.of(jaar));
        assertEquals("verslagjaar", e.field());
        assertEquals(String.valueOf(jaar), e.value());
      }
    });
  }

  @Test
  void parseReversesToString() {
    qt().forAll(integers().between(2000, 2100))
        .checkAssert(jaar -> assertEquals(Verslagjaar.of(jaar), Verslagjaar.parse(Verslagjaar.of(jaar).toString())));
    assertThrows(DomainValidationException.class, () -> Verslagjaar.parse("22"));
    assertThrows(DomainValidationException.class, () -> Verslagjaar.parse("+2022"));
    assertThrows(DomainValidationException.class, () -> Verslagjaar.parse(null));
  }

  @Test
  void theReportOver2022IsCollectedIn2023() {
    assertEquals(2023, Verslagjaar.of(2022).volgend().jaar());
    assertThrows(DomainValidationException.class, () -> Verslagjaar.of(2100).volgend());
  }
}
