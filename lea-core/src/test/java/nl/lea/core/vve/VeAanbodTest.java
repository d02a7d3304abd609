package nl.lea.core.vve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;
import javax.measure.MetricPrefix;
import javax.measure.Quantity;
import javax.measure.quantity.Time;
import nl.lea.core.DomainValidationException;
import org.junit.jupiter.api.Test;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** docs/domein.md §3.14 and §3.15: the weekly ve offer with JSR-385 durations held exactly. */
class VeAanbodTest {

  private static Quantity<Time> uur(Number n) {
    return Quantities.getQuantity(n, Units.HOUR);
  }

  @Test
  void fourDaysOfFourHours() {
    VeAanbod aanbod = VeAanbod.gelijkeDagen(4, uur(4), 40);
    assertEquals(4, aanbod.secondenPerDag().size());
    assertEquals(new BigDecimal("14400"), aanbod.secondenPerDag().get(DayOfWeek.THURSDAY).setScale(0));
    assertTrue(aanbod.duur(DayOfWeek.MONDAY).isEquivalentTo(uur(4)));
    assertTrue(aanbod.duur(DayOfWeek.FRIDAY).isEquivalentTo(uur(0)));
    assertEquals(40, aanbod.wekenPerJaar());
  }

  @Test
  void anyTimeUnitGivesTheSameSchedule() {
    // 60 min .equals(1 h) is false in Indriya; the schedules must still be equal.
    VeAanbod inUren = VeAanbod.of(Map.of(DayOfWeek.MONDAY, uur(1)), 40);
    VeAanbod inMinuten = VeAanbod.of(Map.of(DayOfWeek.MONDAY, Quantities.getQuantity(60, Units.MINUTE)), 40);
    VeAanbod inMillis = VeAanbod.of(Map.of(DayOfWeek.MONDAY, Quantities.getQuantity(3_600_000, MetricPrefix.MILLI(Units.SECOND))), 40);
    assertEquals(inUren, inMinuten);
    assertEquals(inUren, inMillis);
    assertEquals(inUren.hashCode(), inMillis.hashCode());
  }

  @Test
  void fractionalHoursStayExact() {
    VeAanbod aanbod = VeAanbod.gelijkeDagen(5, uur(3.5), 38);
    assertEquals(0, new BigDecimal("12600").compareTo(aanbod.secondenPerDag().get(DayOfWeek.FRIDAY)));
    // A third of an hour is 1200 s exactly.
    VeAanbod derde = VeAanbod.of(Map.of(DayOfWeek.MONDAY, uur(RationalNumber.of(1, 3))), 1);
    assertEquals(0, new BigDecimal("1200").compareTo(derde.secondenPerDag().get(DayOfWeek.MONDAY)));
    assertTrue(derde.duur(DayOfWeek.MONDAY).isEquivalentTo(Quantities.getQuantity(20, Units.MINUTE)));
  }

  @Test
  void zeroDaysAreTheSameAsMissingDays() {
    assertEquals(VeAanbod.of(Map.of(), 40), VeAanbod.of(Map.of(DayOfWeek.SUNDAY, uur(0)), 40));
    assertNotEquals(VeAanbod.of(Map.of(), 40), VeAanbod.of(Map.of(), 41));
  }

  @Test
  void rejectsNegativeOrMoreThanADayOrNonDecimalSeconds() {
    assertEquals("duurPerDag[MONDAY]", assertThrows(DomainValidationException.class,
        () -> VeAanbod.of(Map.of(DayOfWeek.MONDAY, uur(-1)), 40)).field());
    assertEquals("duurPerDag[TUESDAY]", assertThrows(DomainValidationException.class,
        () -> VeAanbod.of(Map.of(DayOfWeek.TUESDAY, uur(25)), 40)).field());
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> VeAanbod.of(Map.of(DayOfWeek.MONDAY, Quantities.getQuantity(RationalNumber.of(1, 7), Units.SECOND)), 40));
    assertTrue(e.rule().contains("exact"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void weeksPerYearAreOneToFiftyTwo() {
    assertEquals("wekenPerJaar", assertThrows(DomainValidationException.class, () -> VeAanbod.gelijkeDagen(4, uur(4), 0)).field());
    assertEquals("wekenPerJaar", assertThrows(DomainValidationException.class, () -> VeAanbod.gelijkeDagen(4, uur(4), 53)).field());
    assertEquals(52, VeAanbod.gelijkeDagen(4, uur(4), 52).wekenPerJaar());
    assertEquals("aantalDagen", assertThrows(DomainValidationException.class, () -> VeAanbod.gelijkeDagen(8, uur(1), 40)).field());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aQuantityOfAnotherDimensionSmuggledInIsRejected() {
    Quantity<Time> meters = (Quantity) Quantities.getQuantity(3, Units.METRE);
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> VeAanbod.of(Map.of(DayOfWeek.MONDAY, meters), 40));
    assertEquals("duurPerDag[MONDAY]", e.field());
  }
}
