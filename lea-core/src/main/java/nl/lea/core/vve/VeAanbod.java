package nl.lea.core.vve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import javax.measure.MeasurementException;
import javax.measure.Quantity;
import javax.measure.quantity.Time;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.immutables.value.Value;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * A weekly ve schedule: hours of voorschoolse educatie per day of the week and the number of weeks
 * per year with ve (DOMAIN §3.14).
 *
 * <p>Durations are given as JSR-385 quantities in any time unit and held exactly, in seconds, so
 * that {@code 60 min} and {@code 1 h} make equal schedules. A day that is not given, or given as
 * zero, has no ve. Each day is at most 24 hours; the weeks are 1..52. Whether the schedule meets the
 * 960-hour norm is computed by the calculators of {@code lea-bereik}. For example:
 *
 * <pre>{@code
 * VeAanbod aanbod = VeAanbod.gelijkeDagen(4, Quantities.getQuantity(4, Units.HOUR), 40);
 * aanbod.duur(DayOfWeek.MONDAY); // 4 h
 * aanbod.duur(DayOfWeek.FRIDAY); // 0 h
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@Value.Immutable
@LeaStyle
public abstract class VeAanbod {

  private static final BigDecimal SECONDEN_PER_DAG = BigDecimal.valueOf(86_400);

  VeAanbod() {}

  /**
   * Obtains a schedule from its hours per day.
   *
   * @param duurPerDag the duration of ve per day of the week; missing days have none, not null
   * @param wekenPerJaar the number of weeks per year with ve, 1..52
   * @return the schedule, not null
   * @throws DomainValidationException if the map is null or holds null, a duration is negative,
   *     longer than 24 hours or not an exact decimal number of seconds, or the weeks are outside
   *     1..52
   */
  public static VeAanbod of(Map<DayOfWeek, ? extends Quantity<Time>> duurPerDag, int wekenPerJaar) {
    Checks.noNulls(duurPerDag, "duurPerDag");
    Map<DayOfWeek, BigDecimal> seconden = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, ? extends Quantity<Time>> dag : duurPerDag.entrySet()) {
      BigDecimal s = seconden(dag.getValue(), "duurPerDag[" + dag.getKey() + "]");
      if (s.signum() != 0) {
        seconden.put(dag.getKey(), s);
      }
    }
    return ImmutableVeAanbod.construct(seconden, Checks.inRange(wekenPerJaar, 1, 52, "wekenPerJaar"));
  }

  /**
   * Obtains a schedule with the same duration on a number of days, starting on Monday.
   *
   * <p>For example, {@code VeAanbod.gelijkeDagen(4, Quantities.getQuantity(4, Units.HOUR), 40)} is
   * four mornings of 4 hours, Monday to Thursday, for 40 weeks a year.
   *
   * @param aantalDagen the number of days, 0..7
   * @param duurPerDag the duration on each of those days, not null
   * @param wekenPerJaar the number of weeks per year with ve, 1..52
   * @return the schedule, not null
   * @throws DomainValidationException if the days are outside 0..7, or as {@link #of(Map, int)}
   */
  public static VeAanbod gelijkeDagen(int aantalDagen, Quantity<Time> duurPerDag, int wekenPerJaar) {
    Checks.inRange(aantalDagen, 0, 7, "aantalDagen");
    Checks.notNull(duurPerDag, "duurPerDag");
    Map<DayOfWeek, Quantity<Time>> dagen = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < aantalDagen; i++) {
      dagen.put(DayOfWeek.of(i + 1), duurPerDag);
    }
    return of(dagen, wekenPerJaar);
  }

  /**
   * Gets the exact duration of ve per day in seconds; days without ve are absent.
   *
   * @return the seconds per day, each positive and at most 86,400, not null
   */
  public abstract Map<DayOfWeek, BigDecimal> secondenPerDag();

  /**
   * Gets the number of weeks per year with ve.
   *
   * @return the weeks, 1..52
   */
  public abstract int wekenPerJaar();

  /**
   * Gets the duration of ve on a day of the week, in hours.
   *
   * @param dag the day, not null
   * @return the exact duration in hours, zero on a day without ve, not null
   * @throws DomainValidationException if the day is null
   */
  public Quantity<Time> duur(DayOfWeek dag) {
    BigDecimal s = secondenPerDag().getOrDefault(Checks.notNull(dag, "dag"), BigDecimal.ZERO);
    return Quantities.getQuantity(
        RationalNumber.of(s).divide(RationalNumber.ofInteger(3600)), Units.HOUR);
  }

  private static BigDecimal seconden(Quantity<Time> duur, String veld) {
    Number waarde;
    try {
      waarde = duur.to(Units.SECOND).getValue();
    } catch (MeasurementException | IllegalArgumentException | ArithmeticException e) {
      // A raw-typed quantity of another dimension, or a value the unit library cannot convert.
      throw new DomainValidationException(veld, "must be a duration convertible to seconds", duur);
    }
    BigDecimal s = exact(waarde, veld, duur);
    if (s.signum() < 0) {
      throw new DomainValidationException(veld, "must not be negative", duur);
    }
    if (s.compareTo(SECONDEN_PER_DAG) > 0) {
      throw new DomainValidationException(veld, "must be at most 24 hours", duur);
    }
    return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
  }

  private static BigDecimal exact(Number waarde, String veld, Quantity<Time> duur) {
    if (waarde instanceof BigDecimal) {
      return (BigDecimal) waarde;
    }
    if (waarde instanceof BigInteger) {
      return new BigDecimal((BigInteger) waarde);
    }
    if (waarde instanceof Long || waarde instanceof Integer || waarde instanceof Short || waarde instanceof Byte) {
      return BigDecimal.valueOf(waarde.longValue());
    }
    if (waarde instanceof RationalNumber) {
      RationalNumber r = (RationalNumber) waarde;
      try {
        return new BigDecimal(r.getDividend()).divide(new BigDecimal(r.getDivisor()));
      } catch (ArithmeticException e) {
        throw new DomainValidationException(veld, "must be an exact decimal number of seconds", duur);
      }
    }
    // A binary floating-point input (3.5 h): take the decimal the caller wrote (doubleValue's
    // shortest representation); infinities and NaN are rejected.
    double d = waarde.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new DomainValidationException(veld, "must be finite", duur);
    }
    return BigDecimal.valueOf(d);
  }
}
