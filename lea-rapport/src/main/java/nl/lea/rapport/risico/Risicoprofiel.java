package nl.lea.rapport.risico;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.toezicht.Domein;
import org.apiguardian.api.API;

/**
 * The result of the risk analysis for one gemeente: the rules that fired, in rule-set order, and
 * the category (docs/domein.md §5.1). For example, a gemeente that returned no questionnaire has rules
 * {@code [L0]} and category {@code LEA_EN_VVE}.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param gemeente the gemeente, not null
 * @param regels the rules that fired, in the order of the rule set, not null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Risicoprofiel(Gemeente gemeente, List<Risicoregel> regels) {

  /**
   * Creates a profile.
   *
   * @param gemeente the gemeente, not null
   * @param regels the rules that fired, not null
   */
  public Risicoprofiel {
    DomainValidationException.requireNonNull(gemeente, "gemeente");
    regels = List.copyOf(DomainValidationException.requireNoNulls(regels, "regels"));
  }

  /**
   * Gets the category: {@code GEEN} exactly when no rule fired.
   *
   * @return the category, not null
   */
  public Risicocategorie categorie() {
    Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
    regels.forEach(r -> domeinen.addAll(r.domeinen()));
    return Risicocategorie.van(domeinen);
  }

  /**
   * Checks if a rule fired.
   *
   * @param code the rule code, not null
   * @return true if the rule with that code fired
   */
  public boolean heeftGevuurd(String code) {
    DomainValidationException.requireNonNull(code, "code");
    return regels.stream().anyMatch(r -> r.code().equals(code));
  }
}
