package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * How the gemeente subsidises ve places (lea-vragenlijst/2; report §2.2 and §3, where "subsidie
 * volgt kind" explains fewer places than doelgroep toddlers).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Subsidiemodel implements Gelabeld {
  /** The subsidy follows the child. */
  SUBSIDIE_VOLGT_KIND("Subsidie volgt het kind"),

  /** A subsidy for a fixed number of places. */
  VASTE_PLAATSEN("Subsidie voor een vast aantal plaatsen"),

  /** A combination of both. */
  MENGVORM("Een combinatie"),

  /** Unknown. */
  ONBEKEND("Onbekend");

  /** The Dutch label. */
  private final String label;

  Subsidiemodel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
