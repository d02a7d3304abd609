package nl.lea.core.vve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.11: the three optional counts and the reason sets. */
class AanbodTest {

  @Test
  void allCountsPresent() {
    Aanbod a = Aanbod.of(812, 900, 640);
    assertEquals(OptionalInt.of(812), a.doelgroeppeuters());
    assertEquals(OptionalInt.of(900), a.kindplaatsen());
    assertEquals(OptionalInt.of(640), a.bereikteDoelgroeppeuters());
    assertTrue(a.isVolledig());
  }

  @Test
  void eachCountIsOptional() {
    Aanbod a = Aanbod.of(OptionalInt.of(10), OptionalInt.empty(), OptionalInt.of(12),
        Set.of(RedenOnvolledigBereik.UREN_TE_VEEL), Set.of(RedenOnvoldoendeKindplaatsen.SUBSIDIE_VOLGT_KIND));
    assertFalse(a.isVolledig());
    assertFalse(Aanbod.onbekend().isVolledig());
    assertEquals(Set.of(RedenOnvolledigBereik.UREN_TE_VEEL), a.redenenOnvolledigBereik());
  }

  @Test
  void moreReachedThanDoelgroepIsNotAnError() {
    // Counted on different dates: a data-quality warning in lea-bereik, never a construction error.
    assertEquals(OptionalInt.of(120), Aanbod.of(100, 100, 120).bereikteDoelgroeppeuters());
  }

  @Test
  void countsAreZeroToOneMillionAndTheErrorNamesTheField() {
    qt().forAll(integers().between(-5, 5), integers().between(999_995, 1_000_005)).checkAssert((klein, groot) -> {
      for (int waarde : new int[] {klein, groot}) {
        boolean geldig = waarde >= 0 && waarde <= 1_000_000;
        try {
          Aanbod.of(OptionalInt.empty(), OptionalInt.of(waarde), OptionalInt.empty(), Set.of(), Set.of());
          assertTrue(geldig, "accepted " + waarde);
        } catch (DomainValidationException e) {
          assertFalse(geldig, "rejected " + waarde);
          assertEquals("kindplaatsen", e.field());
          assertEquals(String.valueOf(waarde), e.value());
        }
      }
    });
  }

  @Test
  void missingPartsAreDomainErrors() {
    assertEquals("doelgroeppeuters", assertThrows(DomainValidationException.class,
        () -> Aanbod.of(null, OptionalInt.empty(), OptionalInt.empty(), Set.of(), Set.of())).field());
    assertEquals("redenenOnvoldoendeKindplaatsen", assertThrows(DomainValidationException.class,
        () -> Aanbod.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Set.of(), null)).field());
  }
}
