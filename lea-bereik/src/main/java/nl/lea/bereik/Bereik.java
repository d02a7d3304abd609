package nl.lea.bereik;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vve.Aanbod;
import org.apiguardian.api.API;

/**
 * The bereik (reach) of one gemeente: bereikte doelgroeppeuters / doelgroeppeuters (docs/domein.md §3.11).
 *
 * <p>The bereik is defined only when both counts are present and doelgroeppeuters &gt; 0. It is
 * never capped: more reached toddlers than doelgroep toddlers happens in real data (the two are
 * counted on different dates) and is a data-quality warning ({@link #isBovenHonderdProcent}), not
 * an error. For example:
 *
 * <pre>{@code
 * Bereik.van(Aanbod.of(812, 900, 640));           // Optional[160/203], 79%
 * Bereik.isVolledig(Aanbod.of(100, 100, 100));    // true
 * Bereik.isBovenHonderdProcent(Aanbod.of(100, 100, 120)); // true: a warning
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Bereik {

  private Bereik() {}

  /**
   * Computes the bereik of a gemeente.
   *
   * @param aanbod the gemeente's offer, not null
   * @return the exact bereik, empty when a count is missing or doelgroeppeuters is 0
   * @throws DomainValidationException if the offer is null
   */
  public static Optional<Ratio> van(Aanbod aanbod) {
    DomainValidationException.requireNonNull(aanbod, "aanbod");
    if (aanbod.doelgroeppeuters().isEmpty() || aanbod.bereikteDoelgroeppeuters().isEmpty()) {
      return Optional.empty();
    }
    int doelgroep = aanbod.doelgroeppeuters().getAsInt();
    if (doelgroep == 0) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(aanbod.bereikteDoelgroeppeuters().getAsInt(), doelgroep));
  }

  /**
   * Checks if the gemeente reached its whole doelgroep: its bereik is defined and at least 1.
   *
   * @param aanbod the gemeente's offer, not null
   * @return true if the bereik is 100% or more
   * @throws DomainValidationException if the offer is null
   */
  public static boolean isVolledig(Aanbod aanbod) {
    return van(aanbod).map(Ratio::isMinstensEen).orElse(false);
  }

  /**
   * Checks if the gemeente reports a bereik above 100%: the data-quality warning {@code
   * BEREIK_BOVEN_100}.
   *
   * @param aanbod the gemeente's offer, not null
   * @return true if the bereik is defined and more than 1
   * @throws DomainValidationException if the offer is null
   */
  public static boolean isBovenHonderdProcent(Aanbod aanbod) {
    return van(aanbod).map(Ratio::isGroterDanEen).orElse(false);
  }
}
