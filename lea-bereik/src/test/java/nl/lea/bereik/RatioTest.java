package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** docs/domein.md §4: exact ratios and the half-up percentage. */
class RatioTest {

  @Nested
  class Procent {
    /** Report §2.2: 43,334 of 53,257 doelgroeppeuters reached, 81.37%. */
    @Test
    void theNationalPooledBereik() {
      Ratio r = Ratio.of(43_334, 53_257);
      assertEquals(81, r.procent());
      assertEquals(new BigDecimal("0.8137"), r.toBigDecimal(4));
    }

    @Test
    void examplesFromTheReport() {
      assertEquals(OptionalInt.of(94), Ratio.procent(319, 340)); // Tabel 1.1
      assertEquals(OptionalInt.of(82), Ratio.procent(122, 149)); // Tabel 1.2, printed wrongly as 48%
      assertEquals(OptionalInt.of(61), Ratio.procent(209, 340)); // §2.2 kindplaatsen voldoende
      assertEquals(OptionalInt.of(17), Ratio.procent(51, 294));  // Tabel 1.4
      assertEquals(OptionalInt.empty(), Ratio.procent(0, 0));
    }

    @Test
    void halfRoundsUp() {
      assertEquals(13, Ratio.of(1, 8).procent());   // 12.5
      assertEquals(1, Ratio.of(1, 200).procent());  // 0.5
      assertEquals(0, Ratio.of(1, 201).procent());  // 0.4975…
    }

    /** The fast division of doubleValue gives what 34 digits and then the nearest double give. */
    @Test
    void doubleValueIsTheNearestDoubleOfThirtyFourDigits() {
      long grens = 1L << 53;
      qt().withExamples(20_000).forAll(longs().between(0, grens - 1), longs().between(1, grens - 1), integers().between(0, 52))
          .checkAssert((a, b, schaal) -> {
            long teller = a >>> schaal;   // small terms as often as large ones
            long noemer = Math.max(1, b >>> (52 - schaal));
            double verwacht = new BigDecimal(teller).divide(new BigDecimal(noemer), java.math.MathContext.DECIMAL128).doubleValue();
            assertEquals(verwacht, Ratio.of(teller, noemer).doubleValue(), teller + "/" + noemer);
          });
      BigInteger groot = BigInteger.ONE.shiftLeft(80).add(BigInteger.ONE);
      assertEquals(new BigDecimal(groot).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128).doubleValue(),
          Ratio.of(groot, BigInteger.valueOf(3)).doubleValue());
    }

    @Test
    void equalsTheIntegerFormulaAndBigDecimalHalfUp() {
      qt().forAll(longs().between(0, 10_000_000_000L), longs().between(1, 10_000_000_000L)).checkAssert((a, b) -> {
        long formule = BigInteger.valueOf(200).multiply(BigInteger.valueOf(a)).add(BigInteger.valueOf(b))
            .divide(BigInteger.valueOf(2).multiply(BigInteger.valueOf(b))).longValueExact();
        BigDecimal halfUp = BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(a))
            .divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP);
        assertEquals(formule, halfUp.longValueExact());
        if (formule <= Integer.MAX_VALUE) {
          assertEquals(OptionalInt.of((int) formule), Ratio.procent(a, b));
        }
      });
    }

    @Test
    void negativeCountsAreRejected() {
      assertThrows(IllegalArgumentException.class, () -> Ratio.procent(-1, 5));
      assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 0));
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void lowestTerms() {
      assertEquals(Ratio.of(1, 2), Ratio.of(500, 1000));
      assertEquals("160/203", Ratio.of(640, 812).toString());
      assertEquals(Ratio.ZERO, Ratio.of(0, 7));
    }

    @Test
    void additionAndDivisionAreExact() {
      assertEquals(Ratio.of(5, 6), Ratio.of(1, 2).add(Ratio.of(1, 3)));
      assertEquals(Ratio.of(5, 12), Ratio.of(5, 6).divide(2));
      qt().forAll(integers().between(0, 1000), integers().between(1, 1000), integers().between(0, 1000), integers().between(1, 1000))
          .checkAssert((a, b, c, d) -> {
            Ratio som = Ratio.of(a, b).add(Ratio.of(c, d));
            assertEquals(Ratio.of((long) a * d + (long) c * b, (long) b * d), som);
            assertEquals(som, Ratio.of(c, d).add(Ratio.of(a, b)));
            assertEquals(Integer.signum(Long.compare((long) a * d, (long) c * b)), Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d))));
          });
    }

    @Test
    void atLeastOneAndAboveOne() {
      assertTrue(Ratio.ONE.isMinstensEen());
      assertTrue(!Ratio.ONE.isGroterDanEen());
      assertTrue(Ratio.of(6, 5).isGroterDanEen());
      assertTrue(!Ratio.of(4, 5).isMinstensEen());
    }
  }

  @Nested
  class Edges {
    @Test
    void toQuantityInPercentIsExact() {
      assertTrue(Ratio.of(1, 4).toQuantity().isEquivalentTo(Quantities.getQuantity(25, Units.PERCENT)));
      assertTrue(Ratio.of(1, 3).toQuantity().multiply(3).isEquivalentTo(Quantities.getQuantity(100, Units.PERCENT)));
    }

    @Test
    void nearestDoubleForJson() {
      assertEquals(0.5, Ratio.of(1, 2).doubleValue());
      assertEquals(43_334.0 / 53_257.0, Ratio.of(43_334, 53_257).doubleValue());
    }
  }
}
