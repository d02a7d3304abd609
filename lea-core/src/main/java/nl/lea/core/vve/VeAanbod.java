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
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * A weekly ve schedule: hours of voorschoolse educatie per day of the week and the number of weeks
 * per year with ve (docs/domein.md §3.14).
 *
 * <p>Durations are given as JSR-385 quantities in any time unit and held exactly, in seconds, so
 * that {@code 60 min} and {@code 1 h} make equal schedules. A day that is not given, or given as
 * zero, has no ve. Each day is at most 24 hours; the weeks are 1..52.
 *
 * <p>The Besluit basisvoorwaarden kwaliteit voorschoolse educatie (BWBR0027961, art. 2) requires at
 * least {@value #URENNORM} hours of ve in the 18 months from the day a toddler turns 2.5, where
 * hours beyond 6 per day do not count. The familiar "16 hours a week" (16 × 40 weeks × 1.5) is one
 * schedule that meets it. For example:
 *
 * <pre>{@code
 * VeAanbod aanbod = VeAanbod.gelijkeDagen(4, Quantities.getQuantity(4, Units.HOUR), 40);
 * aanbod.duur(DayOfWeek.MONDAY); // 4 h
 * aanbod.duur(DayOfWeek.FRIDAY); // 0 h
 * aanbod.telbareUrenOver18Maanden(); // 960 h
 * aanbod.voldoetAanUrennorm();       // true: exactly the norm
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class VeAanbod {

  private static final BigDecimal SECONDEN_PER_DAG = BigDecimal.valueOf(86_400);
  /** At most 6 hours of ve per day count towards the norm. */
  private static final BigDecimal MAX_TELBAAR_PER_DAG = BigDecimal.valueOf(6 * 3600);
  /** The norm: 960 hours, in seconds. */
  private static final BigDecimal NORM = BigDecimal.valueOf(960 * 3600);
  /** 18 months are 1.5 years. */
  private static final BigDecimal ANDERHALF_JAAR = new BigDecimal("1.5");

  /** The norm of the Besluit basisvoorwaarden kwaliteit voorschoolse educatie, art. 2: 960 hours. */
  public static final int URENNORM = 960;

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
    return inUren(secondenPerDag().getOrDefault(Checks.notNull(dag, "dag"), BigDecimal.ZERO));
  }

  /**
   * Gets the hours per week that count towards the norm: each day's hours, capped at 6.
   *
   * <p>For example, five days of 7 hours count as 30 hours a week.
   *
   * @return the countable hours per week, exact, not null
   */
  public Quantity<Time> telbareUrenPerWeek() {
    return inUren(telbareSecondenPerWeek());
  }

  /**
   * Gets the hours that count towards the norm over the 18 months from the day a toddler turns
   * 2.5: countable hours per week × weeks per year × 1.5.
   *
   * <p>For example, 4 days of 4 hours over 40 weeks give exactly 960 hours.
   *
   * @return the countable hours over 18 months, exact, not null
   */
  public Quantity<Time> telbareUrenOver18Maanden() {
    return inUren(telbareSecondenOver18Maanden());
  }

  /**
   * Checks if the schedule meets the 960-hour norm: at least 960 countable hours in 18 months
   * (docs/domein.md §3.14). Exact: a schedule that gives exactly 960 hours meets it.
   *
   * @return true if the countable hours over 18 months are at least 960
   */
  public boolean voldoetAanUrennorm() {
    return telbareSecondenOver18Maanden().compareTo(NORM) >= 0;
  }

  private BigDecimal telbareSecondenPerWeek() {
    BigDecimal som = BigDecimal.ZERO;
    for (BigDecimal dag : secondenPerDag().values()) {
      som = som.add(dag.min(MAX_TELBAAR_PER_DAG));
    }
    return som;
  }

  private BigDecimal telbareSecondenOver18Maanden() {
    return telbareSecondenPerWeek().multiply(BigDecimal.valueOf(wekenPerJaar())).multiply(ANDERHALF_JAAR);
  }

  private static Quantity<Time> inUren(BigDecimal seconden) {
    return Quantities.getQuantity(
        RationalNumber.of(seconden).divide(RationalNumber.ofInteger(3600)), Units.HOUR);
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
