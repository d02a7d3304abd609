package nl.lea.rapport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import nl.lea.bereik.Ratio;
import org.junit.jupiter.api.Test;

/** The fast fraction of two counts is the exact ratio's nearest JSON number. */
class GetallenProperties {

  @Test
  void theFastFractionEqualsTheExactOne() {
    qt().withExamples(20_000).forAll(longs().between(0, 1L << 40), longs().between(1, 1L << 40)).checkAssert((a, b) ->
        assertEquals(Getallen.fractie(Ratio.of(a, b)), Getallen.fractie(a, b), a + "/" + b));
    qt().withExamples(5_000).forAll(longs().between(0, 2_000), longs().between(1, 2_000)).checkAssert((a, b) ->
        assertEquals(Getallen.fractie(Ratio.of(a, b)), Getallen.fractie(a, b), a + "/" + b));
  }
}
