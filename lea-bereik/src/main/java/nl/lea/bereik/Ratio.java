package nl.lea.bereik;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalInt;
import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * An exact, non-negative rational number: a bereik, a mean of bereiken, a share of gemeenten.
 *
 * <p>Ratios stay exact through every calculation; rounding happens only when a value leaves the
 * library, as a percentage by the half-up rule of docs/domein.md §4 ({@link #procent()}), as a JSR-385
 * quantity in percent ({@link #toQuantity()}) or as the nearest {@code double} for JSON. For
 * example:
 *
 * <pre>{@code
 * Ratio bereik = Ratio.of(43_334, 53_257);
 * bereik.procent();            // 81
 * bereik.toBigDecimal(4);      // 0.8137
 * Ratio.of(1, 2).add(Ratio.of(1, 3)); // 5/6
 * }</pre>
 *
 * <p>The fraction is kept in lowest terms with a positive denominator, so equal values are {@code
 * equals}. Arithmetic never overflows (numerator and denominator are {@link BigInteger}s).
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Ratio implements Comparable<Ratio>, java.io.Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigInteger HONDERD = BigInteger.valueOf(100);
  private static final BigInteger TWEEHONDERD = BigInteger.valueOf(200);

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  /** One: a bereik of 100%. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  /** The numerator, not negative. */
  private final BigInteger teller;
  /** The denominator, positive; coprime with the numerator. */
  private final BigInteger noemer;

  private Ratio(BigInteger teller, BigInteger noemer) {
    this.teller = teller;
    this.noemer = noemer;
  }

  /**
   * Obtains the ratio {@code teller / noemer}.
   *
   * <p>For example, {@code Ratio.of(640, 812)} is 160/203.
   *
   * @param teller the numerator, not negative
   * @param noemer the denominator, positive
   * @return the ratio in lowest terms, not null
   * @throws DomainValidationException if the numerator is negative or the denominator not positive
   */
  public static Ratio of(long teller, long noemer) {
    return of(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
  }

  /**
   * Obtains the ratio {@code teller / noemer}.
   *
   * @param teller the numerator, not negative, not null
   * @param noemer the denominator, positive, not null
   * @return the ratio in lowest terms, not null
   * @throws DomainValidationException if the numerator is negative or the denominator not positive
   * @throws DomainValidationException if an argument is null
   */
  public static Ratio of(BigInteger teller, BigInteger noemer) {
    DomainValidationException.requireNonNull(teller, "teller");
    DomainValidationException.requireNonNull(noemer, "noemer");
    if (teller.signum() < 0) {
      throw new DomainValidationException("teller", "must not be negative", teller);
    }
    if (noemer.signum() <= 0) {
      throw new DomainValidationException("noemer", "must be positive", noemer);
    }
    BigInteger gcd = teller.gcd(noemer);
    if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
      return new Ratio(teller, noemer);
    }
    return new Ratio(teller.divide(gcd), noemer.divide(gcd));
  }

  /**
   * Computes a table percentage {@code round_half_up(100 × a / b)} in integers, as {@code (200a +
   * b) div (2b)} (docs/domein.md §4).
   *
   * <p>For example, {@code Ratio.procent(319, 340)} is 94, and {@code Ratio.procent(1, 8)} is 13
   * (12.5 rounds up).
   *
   * @param a the count, not negative
   * @param b the denominator, not negative
   * @return the rounded percentage, empty when {@code b} is 0
   * @throws DomainValidationException if a count is negative
   */
  public static OptionalInt procent(long a, long b) {
    if (a < 0) {
      throw new DomainValidationException("a", "must not be negative", a);
    }
    if (b < 0) {
      throw new DomainValidationException("b", "must not be negative", b);
    }
    return b == 0 ? OptionalInt.empty() : OptionalInt.of(of(a, b).procent());
  }

  /**
   * Gets the numerator in lowest terms.
   *
   * @return the numerator, not negative, not null
   */
  public BigInteger teller() {
    return teller;
  }

  /**
   * Gets the denominator in lowest terms.
   *
   * @return the denominator, positive, not null
   */
  public BigInteger noemer() {
    return noemer;
  }

  /**
   * Returns the sum of this ratio and another.
   *
   * @param other the other ratio, not null
   * @return the exact sum, not null
   */
  public Ratio add(Ratio other) {
    DomainValidationException.requireNonNull(other, "other");
    if (noemer.equals(other.noemer)) {
      return of(teller.add(other.teller), noemer);
    }
    return of(teller.multiply(other.noemer).add(other.teller.multiply(noemer)), noemer.multiply(other.noemer));
  }

  /**
   * Returns this ratio divided by a positive whole number, as for a mean.
   *
   * @param n the divisor, positive
   * @return the exact quotient, not null
   * @throws DomainValidationException if {@code n} is not positive
   */
  public Ratio divide(long n) {
    if (n <= 0) {
      throw new DomainValidationException("n", "must be positive", n);
    }
    return of(teller, noemer.multiply(BigInteger.valueOf(n)));
  }

  /**
   * Gets the percentage rounded half up: {@code (200 × teller + noemer) div (2 × noemer)} (docs/domein.md
   * §4). For example, 43,334 / 53,257 gives 81.
   *
   * @return the rounded percentage
   * @throws ArithmeticException if the percentage does not fit an {@code int}
   */
  public int procent() {
    return TWEEHONDERD.multiply(teller).add(noemer).divide(noemer.shiftLeft(1)).intValueExact();
  }

  /**
   * Converts this ratio to a decimal with a number of decimal places, rounded half up.
   *
   * <p>For example, {@code Ratio.of(2, 3).toBigDecimal(4)} is 0.6667.
   *
   * @param decimalen the number of decimal places, not negative
   * @return the rounded decimal, not null
   */
  public BigDecimal toBigDecimal(int decimalen) {
    return new BigDecimal(teller).divide(new BigDecimal(noemer), decimalen, RoundingMode.HALF_UP);
  }

  /**
   * Converts this ratio to a JSR-385 quantity in percent, exactly (the value is a rational number).
   *
   * <p>For example, {@code Ratio.of(1, 3).toQuantity()} is 100/3 %.
   *
   * @return the quantity in {@code Units.PERCENT}, not null
   */
  public Quantity<Dimensionless> toQuantity() {
    return Quantities.getQuantity(RationalNumber.of(teller.multiply(HONDERD), noemer), Units.PERCENT);
  }

  /**
   * Checks if this ratio is at least one (a bereik of 100% or more).
   *
   * @return true if {@code teller >= noemer}
   */
  public boolean isMinstensEen() {
    return teller.compareTo(noemer) >= 0;
  }

  /**
   * Checks if this ratio is more than one (a bereik above 100%).
   *
   * @return true if {@code teller > noemer}
   */
  public boolean isGroterDanEen() {
    return teller.compareTo(noemer) > 0;
  }

  @Override
  public int compareTo(Ratio other) {
    return teller.multiply(other.noemer).compareTo(other.teller.multiply(noemer));
  }

  /**
   * Gets the nearest floating-point value of this ratio, as {@code Number.doubleValue} would
   * (computed to 34 significant digits first), for JSON output. Never use it to decide a count, a
   * category or a printed percentage.
   *
   * <p>When both terms are below 2<sup>53</sup> (every count lea makes), one floating-point
   * division gives the same value, and is what runs: both terms are then exact doubles and IEEE
   * division rounds the exact quotient correctly; the quotient of such terms is never a midpoint
   * between two doubles and never closer to one than 2<sup>-107</sup> of its size, while rounding
   * to 34 digits moves it by at most 5·10<sup>-34</sup> of its size, so that first rounding changes
   * nothing. A property test checks that the two agree.
   *
   * @return the nearest floating-point value
   */
  public double doubleValue() {
    if (teller.bitLength() <= 53 && noemer.bitLength() <= 53) {
      return (double) teller.longValue() / (double) noemer.longValue();
    }
    return new BigDecimal(teller).divide(new BigDecimal(noemer), MathContext.DECIMAL128).doubleValue();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ratio && ((Ratio) obj).teller.equals(teller) && ((Ratio) obj).noemer.equals(noemer);
  }

  @Override
  public int hashCode() {
    return 31 * teller.hashCode() + noemer.hashCode();
  }

  /**
   * Outputs this ratio as {@code teller/noemer} in lowest terms, such as {@code 160/203}.
   *
   * @return the fraction, not null
   */
  @Override
  public String toString() {
    return teller + "/" + noemer;
  }
}
