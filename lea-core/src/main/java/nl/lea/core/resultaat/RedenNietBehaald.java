package nl.lea.core.resultaat;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A reason why the goals of the resultaatafspraken were not (fully) achieved (docs/domein.md §3.12,
 * report Figuur 2.3).
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RedenNietBehaald implements Gelabeld {
  /** The goals are too ambitious. */
  TE_AMBITIEUS("De doelen zijn te ambitieus"),

  /** The COVID-19 pandemic. */
  CORONA("Corona"),

  /** Staff shortage. */
  PERSONEELSTEKORT("Personeelstekort"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenNietBehaald(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
