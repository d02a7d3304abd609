package nl.lea.rapport.risico;

import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gelabeld;
import nl.lea.core.toezicht.Domein;
import org.apiguardian.api.API;

/**
 * The outcome of the risk analysis for one gemeente: in which domains rules fired (docs/domein.md §5.1).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Risicocategorie implements Gelabeld {
  /** No rule fired. */
  GEEN("Geen mogelijk risico"),
  /** Only LEA rules fired. */
  LEA("Mogelijk risico voor het LEA-overleg"),
  /** Only vve rules fired. */
  VVE("Mogelijk risico voor vve"),
  /** Rules of both domains fired (L0 counts for both). */
  LEA_EN_VVE("Mogelijk risico voor zowel LEA als vve");

  private final String label;

  Risicocategorie(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Derives the category from the domains in which rules fired.
   *
   * @param domeinen the domains, possibly empty, not null
   * @return the category, not null
   */
  public static Risicocategorie van(Set<Domein> domeinen) {
    DomainValidationException.requireNoNulls(domeinen, "domeinen");
    boolean lea = domeinen.contains(Domein.LEA);
    boolean vve = domeinen.contains(Domein.VVE);
    return lea && vve ? LEA_EN_VVE : lea ? LEA : vve ? VVE : GEEN;
  }
}
