package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why not every doelgroep toddler is reached (multi-select; docs/domein.md §3.11).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RedenOnvolledigBereik implements Gelabeld {
  /** The parents do not want to use the offer. */
  OUDERS_WILLEN_NIET("Ouders willen geen gebruik maken van het aanbod"),

  /** The children attend other childcare. */
  ANDERE_OPVANG("Kinderen gaan naar andere opvang"),

  /** Sixteen hours a week is too much for the parents. */
  UREN_TE_VEEL("16 uur per week is te veel voor de ouders"),

  /** The reason is unknown. */
  ONBEKEND("Onbekend"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenOnvolledigBereik(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
