package nl.lea.core.thema;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * A party taking part in the yearly overleg (lea-vragenlijst/2, a set; docs/jaarverantwoording.md
 * §1.2).
 *
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label (docs/jaarverantwoording.md §1.2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Overlegpartij implements Gelabeld {
  /** School boards of primary education. */
  SCHOOLBESTUREN_PO("Schoolbesturen primair onderwijs"),

  /** School boards of secondary education. */
  SCHOOLBESTUREN_VO("Schoolbesturen voortgezet onderwijs"),

  /** Childcare providers. */
  HOUDERS_KINDEROPVANG("Houders van kinderopvang"),

  /** The samenwerkingsverbanden of passend onderwijs. */
  SAMENWERKINGSVERBANDEN("Samenwerkingsverbanden passend onderwijs"),

  /** Youth health care. */
  JGZ("Jeugdgezondheidszorg"),

  /** Other parties. */
  ANDERE("Andere partijen");

  /** The Dutch label. */
  private final String label;

  Overlegpartij(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
