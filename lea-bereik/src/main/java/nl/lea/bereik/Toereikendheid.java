package nl.lea.bereik;

import nl.lea.core.DomainValidationException;
import nl.lea.core.Gelabeld;
import nl.lea.core.vve.Aanbod;
import org.apiguardian.api.API;

/**
 * Whether a gemeente has enough kindplaatsen for its doelgroep toddlers (docs/domein.md §3.11, report §2.2:
 * 209 / 54 / 77).
 *
 * <p>For example, {@code Toereikendheid.van(Aanbod.of(812, 900, 640))} is {@code VOLDOENDE}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Toereikendheid implements Gelabeld {
  /** At least as many kindplaatsen as doelgroeppeuters. */
  VOLDOENDE("Voldoende kindplaatsen"),
  /** Fewer kindplaatsen than doelgroeppeuters. */
  ONVOLDOENDE("Onvoldoende kindplaatsen"),
  /** Kindplaatsen or doelgroeppeuters not supplied. */
  ONBEKEND("Onbekend");

  /** The Dutch label. */
  private final String label;

  Toereikendheid(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Decides whether a gemeente's kindplaatsen suffice: {@code VOLDOENDE} when kindplaatsen ≥
   * doelgroeppeuters, {@code ONVOLDOENDE} when fewer, {@code ONBEKEND} when either is absent.
   *
   * @param aanbod the gemeente's offer, not null
   * @return the verdict, not null
   * @throws DomainValidationException if the offer is null
   */
  public static Toereikendheid van(Aanbod aanbod) {
    DomainValidationException.requireNonNull(aanbod, "aanbod");
    if (aanbod.kindplaatsen().isEmpty() || aanbod.doelgroeppeuters().isEmpty()) {
      return ONBEKEND;
    }
    return aanbod.kindplaatsen().getAsInt() >= aanbod.doelgroeppeuters().getAsInt() ? VOLDOENDE : ONVOLDOENDE;
  }
}
