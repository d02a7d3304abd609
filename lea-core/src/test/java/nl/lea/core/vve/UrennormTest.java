package nl.lea.core.vve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;
import javax.measure.quantity.Time;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** docs/domein.md §3.14: the 960-hour norm of the Besluit basisvoorwaarden kwaliteit voorschoolse educatie. */
class UrennormTest {

  private static Quantity<Time> uur(Number n) {
    return Quantities.getQuantity(n, Units.HOUR);
  }

  @Test
  void fourDaysOfFourHoursOverFortyWeeksMeetsTheNormExactly() {
    VeAanbod aanbod = VeAanbod.gelijkeDagen(4, uur(4), 40);
    assertTrue(aanbod.telbareUrenPerWeek().isEquivalentTo(uur(16)));
    assertTrue(aanbod.telbareUrenOver18Maanden().isEquivalentTo(uur(960)));
    assertTrue(aanbod.voldoetAanUrennorm());
  }

  @Test
  void oneWeekLessFallsShort() {
    VeAanbod aanbod = VeAanbod.gelijkeDagen(4, uur(4), 39);
    assertTrue(aanbod.telbareUrenOver18Maanden().isEquivalentTo(uur(936)));
    assertFalse(aanbod.voldoetAanUrennorm());
  }

  @Test
  void fiveDaysOfThreeAndAHalfHoursOverThirtyEightWeeks() {
    // 5 × 3.5 h = 17.5 h a week; × 38 weeks × 1.5 years = 997.5 h ≥ 960 h, so by docs/domein.md §3.14 the
    // norm is met (the lea-bereik issue expects the opposite; see its closing note).
    VeAanbod aanbod = VeAanbod.gelijkeDagen(5, uur(3.5), 38);
    assertTrue(aanbod.telbareUrenOver18Maanden().isEquivalentTo(uur(997.5)));
    assertTrue(aanbod.voldoetAanUrennorm());
  }

  @Test
  void hoursBeyondSixPerDayDoNotCount() {
    // Two days of 8 h count as 12 h a week: 12 × 52 × 1.5 = 936 h, short of the norm.
    VeAanbod aanbod = VeAanbod.gelijkeDagen(2, uur(8), 52);
    assertTrue(aanbod.telbareUrenPerWeek().isEquivalentTo(uur(12)));
    assertFalse(aanbod.voldoetAanUrennorm());
    assertTrue(VeAanbod.gelijkeDagen(2, Quantities.getQuantity(361, Units.MINUTE), 52).telbareUrenPerWeek().isEquivalentTo(uur(12)));
  }

  @Test
  void agreesWithAnIntegerOracleInWholeMinutes() {
    qt().forAll(lists().of(integers().between(0, 600)).ofSize(7), integers().between(1, 52)).checkAssert((minuten, weken) -> {
      Map<DayOfWeek, Quantity<Time>> dagen = new EnumMap<>(DayOfWeek.class);
      long telbaar = 0;
      for (int i = 0; i < 7; i++) {
        dagen.put(DayOfWeek.of(i + 1), Quantities.getQuantity(minuten.get(i), Units.MINUTE));
        telbaar += Math.min(minuten.get(i), 360);
      }
      VeAanbod aanbod = VeAanbod.of(dagen, weken);
      // countable minutes × weeks × 3/2 ≥ 960 × 60  ⇔  countable × weeks × 3 ≥ 960 × 60 × 2
      assertEquals(telbaar * weken * 3 >= 960L * 60 * 2, aanbod.voldoetAanUrennorm(), minuten + " x " + weken);
      assertTrue(aanbod.telbareUrenPerWeek().isEquivalentTo(Quantities.getQuantity(telbaar, Units.MINUTE)));
    });
  }

  @Test
  void moreWeeksNeverBreakTheNorm() {
    qt().forAll(integers().between(0, 7), integers().between(0, 480), integers().between(1, 51)).checkAssert((dagen, minuten, weken) -> {
      Quantity<Time> duur = Quantities.getQuantity(minuten, Units.MINUTE);
      boolean nu = VeAanbod.gelijkeDagen(dagen, duur, weken).voldoetAanUrennorm();
      assertTrue(!nu || VeAanbod.gelijkeDagen(dagen, duur, weken + 1).voldoetAanUrennorm());
    });
  }

  @Test
  void sixteenHoursAWeekIsOneScheduleThatMeetsIt() {
    Map<DayOfWeek, Quantity<Time>> dagen = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      dagen.put(d, Quantities.getQuantity(240, Units.MINUTE));
    }
    assertTrue(VeAanbod.of(dagen, 40).voldoetAanUrennorm());
  }
}
