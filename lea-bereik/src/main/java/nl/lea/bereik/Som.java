package nl.lea.bereik;

import java.util.OptionalInt;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * A mergeable sum of one count over gemeenten, with the number of gemeenten that supplied it
 * (report Tabel 1.10: "53,257 doelgroepkinderen, n = 297").
 *
 * <p>Sums are exact {@code long}s: a sum that would pass {@link Long#MAX_VALUE} throws {@link
 * ArithmeticException} instead of wrapping. {@link #merge} is associative and commutative with
 * {@link #LEEG} as identity. For example:
 *
 * <pre>{@code
 * Som som = Som.LEEG.plus(OptionalInt.of(812)).plus(OptionalInt.empty()).plus(OptionalInt.of(100));
 * som.waarde();  // 912
 * som.aantal();  // 2 gemeenten supplied it
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Som {

  /** The empty sum: the identity of {@link #merge}. */
  public static final Som LEEG = new Som(0, 0);

  /** The sum. */
  private final long waarde;
  /** The number of gemeenten that supplied a value. */
  private final long aantal;

  private Som(long waarde, long aantal) {
    this.waarde = waarde;
    this.aantal = aantal;
  }

  /**
   * Obtains a partial sum, for example one computed elsewhere.
   *
   * @param waarde the sum, not negative
   * @param aantal the number of gemeenten that supplied a value, not negative
   * @return the sum, not null
   * @throws DomainValidationException if a number is negative
   */
  public static Som of(long waarde, long aantal) {
    if (waarde < 0) {
      throw new DomainValidationException("waarde", "must not be negative", waarde);
    }
    if (aantal < 0) {
      throw new DomainValidationException("aantal", "must not be negative", aantal);
    }
    return new Som(waarde, aantal);
  }

  /**
   * Returns this sum with one gemeente's value added, if it supplied one.
   *
   * @param telling the gemeente's count, empty if not supplied, not null
   * @return the new sum, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Som plus(OptionalInt telling) {
    DomainValidationException.requireNonNull(telling, "telling");
    return telling.isPresent() ? merge(new Som(telling.getAsInt(), 1)) : this;
  }

  /**
   * Combines two partial sums into the sum of the union.
   *
   * @param other the other sum, not null
   * @return the combined sum, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Som merge(Som other) {
    DomainValidationException.requireNonNull(other, "other");
    return new Som(optellen(waarde, other.waarde, "sum"), optellen(aantal, other.aantal, "number of gemeenten"));
  }

  static long optellen(long a, long b, String wat) {
    long som = a + b;
    if (((a ^ som) & (b ^ som)) < 0) {
      throw new ArithmeticException("The " + wat + " overflows a long: " + a + " + " + b);
    }
    return som;
  }

  /**
   * Gets the sum.
   *
   * @return the sum over the gemeenten that supplied a value, not negative
   */
  public long waarde() {
    return waarde;
  }

  /**
   * Gets the number of gemeenten that supplied a value.
   *
   * @return the number, not negative
   */
  public long aantal() {
    return aantal;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Som && ((Som) obj).waarde == waarde && ((Som) obj).aantal == aantal;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(waarde) * 31 + Long.hashCode(aantal);
  }

  @Override
  public String toString() {
    return waarde + " (n = " + aantal + ")";
  }
}
