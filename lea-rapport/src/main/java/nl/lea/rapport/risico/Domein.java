package nl.lea.rapport.risico;

import nl.lea.core.Gelabeld;

/** The domain of the Inspectorate's waarborgtoezicht that a risk rule is about (DOMAIN §5.1). */
public enum Domein implements Gelabeld {
  /** The Lokale Educatieve Agenda. */
  LEA("LEA"),
  /** Voor- en vroegschoolse educatie. */
  VVE("vve");

  private final String label;

  Domein(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
