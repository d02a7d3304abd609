package nl.lea.bereik;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vve.Aanbod;
import org.apiguardian.api.API;

/**
 * The mergeable pooled (weighted) bereik: Σ bereikte doelgroeppeuters / Σ doelgroeppeuters over the
 * gemeenten whose bereik is defined, with their n (docs/domein.md §3.11).
 *
 * <p>Gemeenten without a defined bereik (a count missing, or no doelgroeppeuters) are left out of
 * both sums. {@link #merge} is associative and commutative with {@link #LEEG} as identity. For
 * example, the report's national figures 43,334 reached of 53,257 give 81%:
 *
 * <pre>{@code
 * GewogenBereik g = GewogenBereik.of(43_334, 53_257, 273);
 * g.waarde().orElseThrow().procent(); // 81
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class GewogenBereik {

  /** Nothing pooled yet: the identity of {@link #merge}. */
  public static final GewogenBereik LEEG = new GewogenBereik(0, 0, 0);

  /** Σ bereikte doelgroeppeuters. */
  private final long bereikte;
  /** Σ doelgroeppeuters. */
  private final long doelgroeppeuters;
  /** The number of gemeenten pooled. */
  private final long aantal;

  private GewogenBereik(long bereikte, long doelgroeppeuters, long aantal) {
    this.bereikte = bereikte;
    this.doelgroeppeuters = doelgroeppeuters;
    this.aantal = aantal;
  }

  /**
   * Obtains a pooled bereik from its sums, for example computed elsewhere.
   *
   * @param bereikte Σ bereikte doelgroeppeuters, not negative
   * @param doelgroeppeuters Σ doelgroeppeuters, not negative, positive when {@code aantal} is
   * @param aantal the number of gemeenten pooled, not negative
   * @return the pooled bereik, not null
   * @throws DomainValidationException if a number is negative, or gemeenten are pooled with no
   *     doelgroeppeuters
   */
  public static GewogenBereik of(long bereikte, long doelgroeppeuters, long aantal) {
    if (bereikte < 0) {
      throw new DomainValidationException("bereikte", "must not be negative", bereikte);
    }
    if (doelgroeppeuters < 0) {
      throw new DomainValidationException("doelgroeppeuters", "must not be negative", doelgroeppeuters);
    }
    if (aantal < 0) {
      throw new DomainValidationException("aantal", "must not be negative", aantal);
    }
    if ((aantal > 0) != (doelgroeppeuters > 0)) {
      throw new DomainValidationException("doelgroeppeuters", "must be positive exactly when gemeenten are pooled (aantal "
          + aantal + ")", doelgroeppeuters);
    }
    return new GewogenBereik(bereikte, doelgroeppeuters, aantal);
  }

  /**
   * Returns this pooled bereik with one gemeente added, if its bereik is defined.
   *
   * @param aanbod the gemeente's offer, not null
   * @return the new pooled bereik, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public GewogenBereik plus(Aanbod aanbod) {
    DomainValidationException.requireNonNull(aanbod, "aanbod");
    if (Bereik.van(aanbod).isEmpty()) {
      return this;
    }
    return merge(new GewogenBereik(
        aanbod.bereikteDoelgroeppeuters().getAsInt(), aanbod.doelgroeppeuters().getAsInt(), 1));
  }

  /**
   * Combines two partial pooled bereiken into that of the union.
   *
   * @param other the other pooled bereik, not null
   * @return the combined pooled bereik, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public GewogenBereik merge(GewogenBereik other) {
    DomainValidationException.requireNonNull(other, "other");
    return new GewogenBereik(
        Som.optellen(bereikte, other.bereikte, "sum of bereikteDoelgroeppeuters"),
        Som.optellen(doelgroeppeuters, other.doelgroeppeuters, "sum of doelgroeppeuters"),
        Som.optellen(aantal, other.aantal, "number of gemeenten"));
  }

  /**
   * Gets the exact pooled bereik.
   *
   * @return Σ bereikte / Σ doelgroeppeuters, empty when no gemeente is pooled
   */
  public Optional<Ratio> waarde() {
    return aantal == 0 ? Optional.empty() : Optional.of(Ratio.of(bereikte, doelgroeppeuters));
  }

  /**
   * Gets Σ bereikte doelgroeppeuters over the pooled gemeenten.
   *
   * @return the sum, not negative
   */
  public long bereikte() {
    return bereikte;
  }

  /**
   * Gets Σ doelgroeppeuters over the pooled gemeenten.
   *
   * @return the sum, not negative
   */
  public long doelgroeppeuters() {
    return doelgroeppeuters;
  }

  /**
   * Gets the number of gemeenten pooled (the n).
   *
   * @return the number, not negative
   */
  public long aantal() {
    return aantal;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof GewogenBereik)) {
      return false;
    }
    GewogenBereik o = (GewogenBereik) obj;
    return o.bereikte == bereikte && o.doelgroeppeuters == doelgroeppeuters && o.aantal == aantal;
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(bereikte) * 31 + Long.hashCode(doelgroeppeuters)) * 31 + Long.hashCode(aantal);
  }

  @Override
  public String toString() {
    return bereikte + "/" + doelgroeppeuters + " (n = " + aantal + ")";
  }
}
