package nl.lea.core.toezicht;

import nl.lea.core.Gelabeld;

/**
 * A domain of the Inspectorate's waarborgtoezicht: what a risk rule, a signaal or a contact is
 * about (docs/domein.md §5.1, docs/toezicht.md §1).
 */
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
