package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import org.junit.jupiter.api.Test;

/** The value contract of the calculators' results: equality, hash codes, text, range checks, packing. */
class WaardenTest {

  /** Asserts that {@code a} equals its twin and differs from every other value, with matching hashes. */
  private static void waarde(Object a, Object tweeling, List<Object> anderen) {
    assertEquals(a, tweeling);
    assertEquals(a.hashCode(), tweeling.hashCode());
    assertEquals(a.toString(), tweeling.toString());
    assertFalse(a.equals(null));
    assertFalse(a.equals("x"));
    for (Object b : anderen) {
      assertNotEquals(a, b, b.toString());
    }
  }

  @Test
  void equalityOfEveryResultType() {
    waarde(Ratio.of(1, 3), Ratio.of(2, 6), List.of(Ratio.of(1, 4), Ratio.of(2, 3)));
    assertNotEquals(Ratio.of(1, 3).hashCode(), Ratio.of(3, 1).hashCode());
    waarde(Som.of(5, 2), Som.of(5, 2), List.of(Som.of(5, 3), Som.of(6, 2)));
    waarde(GewogenBereik.of(1, 2, 3), GewogenBereik.of(1, 2, 3),
        List.of(GewogenBereik.of(2, 2, 3), GewogenBereik.of(1, 3, 3), GewogenBereik.of(1, 2, 4)));
    waarde(Gemiddelde.LEEG.plus(Ratio.ONE), Gemiddelde.LEEG.plus(Ratio.ONE),
        List.of(Gemiddelde.LEEG, Gemiddelde.LEEG.plus(Ratio.ZERO), Gemiddelde.LEEG.plus(Ratio.ONE).plus(Ratio.ONE)));
    Gemeentecode a = Gemeentecode.of(14);
    waarde(PeuterTelling.Gemeente.of(a, 3, 1), PeuterTelling.Gemeente.of(a, 3, 1),
        List.of(PeuterTelling.Gemeente.of(Gemeentecode.of(15), 3, 1), PeuterTelling.Gemeente.of(a, 4, 1), PeuterTelling.Gemeente.of(a, 3, 2)));
    GewogenBereik g = GewogenBereik.of(3, 4, 1);
    Gemiddelde m = Gemiddelde.LEEG.plus(Ratio.ONE);
    Cohort.Jaar j = new Cohort.Jaar(Verslagjaar.of(2022), 1, 2, 3, g, m);
    waarde(j, new Cohort.Jaar(Verslagjaar.of(2022), 1, 2, 3, g, m), List.of(new Cohort.Jaar(Verslagjaar.of(2021), 1, 2, 3, g, m),
        new Cohort.Jaar(Verslagjaar.of(2022), 9, 2, 3, g, m), new Cohort.Jaar(Verslagjaar.of(2022), 1, 9, 3, g, m),
        new Cohort.Jaar(Verslagjaar.of(2022), 1, 2, 9, g, m), new Cohort.Jaar(Verslagjaar.of(2022), 1, 2, 3, GewogenBereik.LEEG, m),
        new Cohort.Jaar(Verslagjaar.of(2022), 1, 2, 3, g, Gemiddelde.LEEG)));
    Bereikstatistiek s = Bereikstatistiek.van(List.of(AggregatenTest.antwoord(
        nl.lea.core.Gemeente.of("GM0014", "G"), nl.lea.core.vve.Aanbod.of(10, 8, 12), nl.lea.core.vve.Doelgroepdefinitie.onbekend())));
    waarde(s, s.merge(Bereikstatistiek.LEEG), List.of(Bereikstatistiek.LEEG, s.merge(s)));
    assertTrue(s.toString().contains("gemeenten=1"));
    waarde(PeuterTelling.LEEG, PeuterTelling.of(java.util.Map.of()), List.of(PeuterTelling.of(java.util.Map.of(a, PeuterTelling.Gemeente.of(a, 0, 0)))));
  }

  @Test
  void rangeChecksAtTheirBoundaries() {
    assertEquals(0, Som.of(0, 0).waarde());
    assertThrows(IllegalArgumentException.class, () -> Som.of(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> Som.of(0, -1));
    assertEquals(0, GewogenBereik.of(0, 0, 0).aantal());
    assertEquals(1, GewogenBereik.of(0, 1, 1).aantal());
    assertThrows(IllegalArgumentException.class, () -> GewogenBereik.of(-1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> GewogenBereik.of(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> GewogenBereik.of(0, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> GewogenBereik.of(0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> GewogenBereik.of(0, 1, 0));
    assertEquals(Ratio.of(1, 2), Ratio.of(1, 2).divide(1));
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 2).divide(0));
    assertThrows(IllegalArgumentException.class, () -> PeuterTelling.Gemeente.of(Gemeentecode.of(1), 1, 2));
    assertThrows(IllegalArgumentException.class, () -> PeuterTelling.Gemeente.of(Gemeentecode.of(1), 1, -1));
    assertThrows(IllegalArgumentException.class, () -> PeuterTelling.of(java.util.Map.of(Gemeentecode.of(1),
        PeuterTelling.Gemeente.of(Gemeentecode.of(2), 0, 0))));
    assertEquals(Ratio.ONE.teller(), Ratio.of(7, 7).teller());
    assertEquals(java.math.BigInteger.valueOf(3), Ratio.of(2, 6).noemer());
  }

}
