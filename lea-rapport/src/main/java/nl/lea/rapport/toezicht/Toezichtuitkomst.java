package nl.lea.rapport.toezicht;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Domein;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoregel;
import org.apiguardian.api.API;

/**
 * The waarborgtoezicht of one gemeente in one year, judged (docs/toezicht.md §1): the rules that fired,
 * those whose firing the inspector accepted, the domeinen with a signal, the risk category before
 * and after judgement, and the Afhandeling per domein. Obtain it from {@link Toezicht#beoordeel}.
 *
 * <p>For example, on the 2022 data GM0014 (Groningen) has rules {@code [L4, V4, V5]} … and an
 * Afhandeling per domein such as {@code {LEA=GEEN_RISICO, VVE=VERBETERAFSPRAKEN}}.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param gemeente the gemeente, not null
 * @param ingevuld whether the gemeente returned the questionnaire
 * @param regels the rules that fired, in rule-set order, not null
 * @param aanvaard the fired rules whose firing was accepted, in rule-set order, not null
 * @param signalen the domeinen with at least one signal, not null
 * @param categorieVoor the category of the rules alone, not null
 * @param categorieNa the category after judgement, not null
 * @param afhandeling the Afhandeling of each domein, both present, not null
 * @param beoordeling the judgement, empty if the document had none for this gemeente, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Toezichtuitkomst(Gemeente gemeente, boolean ingevuld, List<Risicoregel> regels, List<Risicoregel> aanvaard,
    Set<Domein> signalen, Risicocategorie categorieVoor, Risicocategorie categorieNa, Map<Domein, Afhandeling> afhandeling,
    Beoordeling beoordeling) {

  /**
   * Checks the outcome.
   *
   * @param gemeente the gemeente, not null
   * @param ingevuld whether the questionnaire was returned
   * @param regels the fired rules, not null
   * @param aanvaard the accepted rules, a subset of {@code regels}, not null
   * @param signalen the domeinen with a signal, not null
   * @param categorieVoor the category before judgement, not null
   * @param categorieNa the category after judgement, not null
   * @param afhandeling the Afhandeling per domein, both domeinen present, not null
   * @param beoordeling the judgement, of this gemeente, not null
   */
  public Toezichtuitkomst {
    DomainValidationException.requireNonNull(gemeente, "gemeente");
    regels = List.copyOf(regels);
    aanvaard = List.copyOf(aanvaard);
    signalen = signalen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signalen));
    DomainValidationException.requireNonNull(categorieVoor, "categorieVoor");
    DomainValidationException.requireNonNull(categorieNa, "categorieNa");
    afhandeling = new EnumMap<>(afhandeling);
    if (afhandeling.size() != Domein.values().length) {
      throw new DomainValidationException("afhandeling", "must hold every domein", afhandeling);
    }
    afhandeling = Map.copyOf(afhandeling);
    DomainValidationException.requireNonNull(beoordeling, "beoordeling");
  }

  /**
   * Gets the Afhandeling of one domein.
   *
   * @param domein the domein, not null
   * @return the Afhandeling, not null
   */
  public Afhandeling afhandeling(Domein domein) {
    return afhandeling.get(DomainValidationException.requireNonNull(domein, "domein"));
  }

  /**
   * Checks if the gemeente was contacted about any domein.
   *
   * @return true for a contactgemeente
   */
  public boolean isContactgemeente() {
    return afhandeling.values().stream().anyMatch(Afhandeling::isContact);
  }
}
