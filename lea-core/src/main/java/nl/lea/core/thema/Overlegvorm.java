package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A forum in which the gemeente held its yearly overleg with the partners (lea-vragenlijst/2, a
 * set; docs/jaarverantwoording.md §1.2). Only {@link #LEA} counts as overleg under the name LEA.
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Overlegvorm implements Gelabeld {
  /** Consultation under the name LEA. */
  LEA("Overleg onder de naam LEA"),

  /** The OOGO with the samenwerkingsverbanden. */
  OOGO("Op overeenstemming gericht overleg (OOGO)"),

  /** A separate (administrative) consultation on vve. */
  VVE_OVERLEG("Afzonderlijk (bestuurlijk) overleg over vve"),

  /** Another administrative consultation. */
  ANDER_BESTUURLIJK_OVERLEG("Ander bestuurlijk overleg"),

  /** A regional consultation. */
  REGIONAAL("Regionaal overleg");

  /** The Dutch label. */
  private final String label;

  Overlegvorm(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
