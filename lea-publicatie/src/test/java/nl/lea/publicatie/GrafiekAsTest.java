package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Axes tick at round values: at most four steps of 1, 2, 2.5 or 5 times a power of ten. */
class GrafiekAsTest {

  @Test
  void ticksAreRoundAndCoverTheMaximumInAtMostFourSteps() {
    qt().forAll(longs().between(1, 1_000_000_000_000L)).checkAssert(max -> {
      long stap = Grafiek.stap(max);
      long streepjes = (max + stap - 1) / stap;
      assertTrue(streepjes >= 1 && streepjes <= 4, max + ": " + streepjes + " steps of " + stap);
      long macht = 1;
      while (macht * 10 <= stap) {
        macht *= 10;
      }
      assertTrue(List.of(1L, 2L, 5L).contains(stap / macht) && stap % macht == 0 || stap * 2 == 5 * macht, max + ": " + stap);
      if (stap > 1) {
        // The next smaller round step would need more than four.
        long kleiner = List.of(stap / 2, stap * 2 / 5, stap * 4 / 5).stream().filter(k -> k > 0).max(Long::compare).orElse(0L);
        assertTrue(kleiner == 0 || (max + kleiner - 1) / kleiner > 4 || !rond(kleiner), max + ": " + stap + " could be " + kleiner);
      }
    });
  }

  private static boolean rond(long k) {
    long macht = 1;
    while (macht * 10 <= k) {
      macht *= 10;
    }
    return k % macht == 0 && List.of(1L, 2L, 5L).contains(k / macht) || (macht >= 10 && k * 2 == 5 * macht);
  }

  @Test
  void examplesFromTheReport() {
    assertEquals(25, Grafiek.stap(100));      // 0, 25, 50, 75, 100 %
    assertEquals(50, Grafiek.stap(125));      // 0, 50, 100, 150 %
    assertEquals(10_000, Grafiek.stap(25_000)); // 0, 10.000, 20.000, 30.000; was 6.250, 12.500, 18.750
    assertEquals(1, Grafiek.stap(3));
  }
}
