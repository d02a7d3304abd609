package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why there are fewer kindplaatsen than doelgroep toddlers (multi-select; docs/domein.md §3.11).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RedenOnvoldoendeKindplaatsen implements Gelabeld {
  /** The subsidy follows the child, so places are not fixed in advance. */
  SUBSIDIE_VOLGT_KIND("De subsidie volgt het kind"),

  /** Not all parents take part. */
  NIET_ALLE_OUDERS_NEMEN_DEEL("Niet alle ouders nemen deel"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenOnvoldoendeKindplaatsen(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
