package nl.lea.core.toezicht;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A domain of the Inspectorate's waarborgtoezicht: what a risk rule, a signaal or a contact is
 * about (docs/domein.md §5.1, docs/toezicht.md §1).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
