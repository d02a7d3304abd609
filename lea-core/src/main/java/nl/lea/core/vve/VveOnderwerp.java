package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * One of the three vve subjects with a yearly consultation duty (docs/domein.md §3.8, report §2.1).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum VveOnderwerp implements Gelabeld {
  /** Which toddlers are eligible for ve. */
  DOELGROEPDEFINITIE("Doelgroepdefinitie"),

  /** Guiding doelgroep toddlers to a preschool with ve. */
  TOELEIDING("Toeleiding"),

  /** The hand-over from preschool to primary school. */
  DOORGAANDE_LIJN("Doorgaande lijn");

  /** The Dutch label. */
  private final String label;

  VveOnderwerp(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
