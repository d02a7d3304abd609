package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.vve.Aanbod;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.11: bereik, kindplaatsen toereikend and volledig bereikt of one gemeente. */
class BereikTest {

  private static Aanbod aanbod(Integer doelgroep, Integer plaatsen, Integer bereikt) {
    return Aanbod.of(opt(doelgroep), opt(plaatsen), opt(bereikt), Set.of(), Set.of());
  }

  private static OptionalInt opt(Integer n) {
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  @Test
  void bereikIsReachedOverDoelgroep() {
    assertEquals(Optional.of(Ratio.of(640, 812)), Bereik.van(Aanbod.of(812, 900, 640)));
    assertEquals(79, Bereik.van(Aanbod.of(812, 900, 640)).orElseThrow().procent());
  }

  @Test
  void bereikIsUndefinedWithoutBothCountsOrWithNoDoelgroep() {
    assertEquals(Optional.empty(), Bereik.van(aanbod(null, 10, 5)));
    assertEquals(Optional.empty(), Bereik.van(aanbod(10, 10, null)));
    assertEquals(Optional.empty(), Bereik.van(aanbod(0, 10, 0)));
    // kindplaatsen plays no part in the bereik
    assertEquals(Optional.of(Ratio.of(1, 2)), Bereik.van(aanbod(10, null, 5)));
  }

  @Test
  void bereikAboveOneIsKeptAndFlagged() {
    Aanbod a = aanbod(100, 100, 120);
    assertEquals(Optional.of(Ratio.of(6, 5)), Bereik.van(a));
    assertTrue(Bereik.isBovenHonderdProcent(a));
    assertTrue(Bereik.isVolledig(a));
    assertFalse(Bereik.isBovenHonderdProcent(aanbod(100, 100, 100)));
    assertTrue(Bereik.isVolledig(aanbod(100, 100, 100)));
    assertFalse(Bereik.isVolledig(aanbod(100, 100, 99)));
    assertFalse(Bereik.isVolledig(aanbod(null, 100, 99)));
  }

  @Test
  void bereikIsNeverNegativeAndMatchesItsCounts() {
    qt().forAll(LeaGenerators.aanbod()).checkAssert(a -> Bereik.van(a).ifPresent(b -> {
      assertTrue(b.compareTo(Ratio.ZERO) >= 0);
      assertEquals(Ratio.of(a.bereikteDoelgroeppeuters().getAsInt(), a.doelgroeppeuters().getAsInt()), b);
    }));
  }

  @Test
  void kindplaatsenToereikend() {
    assertEquals(Toereikendheid.VOLDOENDE, Toereikendheid.van(aanbod(100, 100, 0)));
    assertEquals(Toereikendheid.ONVOLDOENDE, Toereikendheid.van(aanbod(100, 99, 0)));
    assertEquals(Toereikendheid.ONBEKEND, Toereikendheid.van(aanbod(null, 99, 0)));
    assertEquals(Toereikendheid.ONBEKEND, Toereikendheid.van(aanbod(100, null, 0)));
    assertEquals(Toereikendheid.VOLDOENDE, Toereikendheid.van(aanbod(0, 0, null)));
  }

  /** Report §2.2: 209 gemeenten had enough kindplaatsen, 54 not, and 77 did not say. */
  @Test
  void twoHundredNineFiftyFourSeventySeven() {
    List<Aanbod> lijst = new ArrayList<>();
    for (int i = 0; i < 209; i++) {
      lijst.add(aanbod(100 + i, 100 + i + (i % 3), 90));
    }
    for (int i = 0; i < 54; i++) {
      lijst.add(aanbod(200, 100 + i, 140));
    }
    for (int i = 0; i < 77; i++) {
      lijst.add(i % 2 == 0 ? aanbod(null, 50, 40) : aanbod(50, null, null));
    }
    long voldoende = lijst.stream().filter(a -> Toereikendheid.van(a) == Toereikendheid.VOLDOENDE).count();
    long onvoldoende = lijst.stream().filter(a -> Toereikendheid.van(a) == Toereikendheid.ONVOLDOENDE).count();
    long onbekend = lijst.stream().filter(a -> Toereikendheid.van(a) == Toereikendheid.ONBEKEND).count();
    assertEquals(List.of(209L, 54L, 77L), List.of(voldoende, onvoldoende, onbekend));
    assertEquals(61, Ratio.procent(voldoende, 340).getAsInt());
    assertEquals(16, Ratio.procent(onvoldoende, 340).getAsInt());
  }
}
