package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
