package nl.lea.bereik;

import nl.lea.core.DomainValidationException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A mergeable, exact unweighted mean of ratios, with its n (the report's "gemiddelde landelijk
 * bereik: 77%, n = 273").
 *
 * <p>The sum of the ratios is kept exactly, so the mean is exact until rendered. {@link #merge} is
 * associative and commutative with {@link #LEEG} as identity. For example:
 *
 * <pre>{@code
 * Gemiddelde g = Gemiddelde.LEEG.plus(Ratio.of(1, 2)).plus(Ratio.of(1, 1));
 * g.waarde();  // Optional[3/4]
 * g.aantal();  // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Gemiddelde {

  /** The mean over nothing: the identity of {@link #merge}. */
  public static final Gemiddelde LEEG = new Gemiddelde(Ratio.ZERO, 0);

  /** The exact sum of the ratios. */
  private final Ratio som;
  /** The number of ratios. */
  private final long aantal;

  private Gemiddelde(Ratio som, long aantal) {
    this.som = som;
    this.aantal = aantal;
  }

  /**
   * Returns this mean with one more ratio.
   *
   * @param ratio the ratio, not null
   * @return the new mean, not null
   */
  public Gemiddelde plus(Ratio ratio) {
    DomainValidationException.requireNonNull(ratio, "ratio");
    return new Gemiddelde(som.add(ratio), Som.optellen(aantal, 1, "number of gemeenten"));
  }

  /**
   * Combines two partial means into the mean of the union.
   *
   * @param other the other mean, not null
   * @return the combined mean, not null
   */
  public Gemiddelde merge(Gemiddelde other) {
    DomainValidationException.requireNonNull(other, "other");
    return new Gemiddelde(som.add(other.som), Som.optellen(aantal, other.aantal, "number of gemeenten"));
  }

  /**
   * Gets the exact mean.
   *
   * @return the sum of the ratios divided by their number, empty over no ratios
   */
  public Optional<Ratio> waarde() {
    return aantal == 0 ? Optional.empty() : Optional.of(som.divide(aantal));
  }

  /**
   * Gets the exact sum of the ratios.
   *
   * @return the sum, not null
   */
  public Ratio som() {
    return som;
  }

  /**
   * Gets the number of ratios (the n).
   *
   * @return the number, not negative
   */
  public long aantal() {
    return aantal;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Gemiddelde && ((Gemiddelde) obj).som.equals(som) && ((Gemiddelde) obj).aantal == aantal;
  }

  @Override
  public int hashCode() {
    return som.hashCode() * 31 + Long.hashCode(aantal);
  }

  @Override
  public String toString() {
    return waarde().map(Ratio::toString).orElse("-") + " (n = " + aantal + ")";
  }
}
