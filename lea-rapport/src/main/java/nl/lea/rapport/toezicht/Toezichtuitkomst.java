package nl.lea.rapport.toezicht;

import java.util.ArrayList;
import java.util.Collections;
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
   * @param aanvaard the fired rules the judgement accepts, not null
   * @param signalen the domeinen of the judgement's signals, not null
   * @param categorieVoor the category of the fired rules, not null
   * @param categorieNa the category of the rules not accepted and the signals, not null
   * @param afhandeling the Afhandeling per domein as it follows from the risk after judgement and the
   *     contact, both domeinen present, not null
   * @param beoordeling the judgement, of this gemeente, not null
   * @throws DomainValidationException if an argument is null, or the parts do not fit together
   */
  public Toezichtuitkomst {
    DomainValidationException.requireNonNull(gemeente, "gemeente");
    regels = List.copyOf(DomainValidationException.requireNoNulls(regels, "regels"));
    aanvaard = List.copyOf(DomainValidationException.requireNoNulls(aanvaard, "aanvaard"));
    DomainValidationException.requireNoNulls(signalen, "signalen");
    signalen = signalen.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signalen));
    DomainValidationException.requireNonNull(categorieVoor, "categorieVoor");
    DomainValidationException.requireNonNull(categorieNa, "categorieNa");
    DomainValidationException.requireNonNull(afhandeling, "afhandeling");
    DomainValidationException.requireNonNull(beoordeling, "beoordeling");
    Map<Domein, Afhandeling> perDomein = new EnumMap<>(Domein.class);
    afhandeling.forEach((d, a) -> perDomein.put(DomainValidationException.requireNonNull(d, "afhandeling key"),
        DomainValidationException.requireNonNull(a, "afhandeling[" + d + "]")));
    if (perDomein.size() != Domein.values().length) {
      throw new DomainValidationException("afhandeling", "must hold every domein", perDomein);
    }
    afhandeling = Collections.unmodifiableMap(perDomein);
    DomainValidationException.throwIfAny(violations(gemeente, regels, aanvaard, signalen, categorieVoor, categorieNa,
        afhandeling, beoordeling));
  }

  /** The rules between the parts: one judgement of one gemeente, as {@link Toezicht#beoordeel} derives it. */
  private static List<DomainValidationException.Violation> violations(Gemeente gemeente, List<Risicoregel> regels,
      List<Risicoregel> aanvaard, Set<Domein> signalen, Risicocategorie categorieVoor, Risicocategorie categorieNa,
      Map<Domein, Afhandeling> afhandeling, Beoordeling beoordeling) {
    List<DomainValidationException.Violation> v = new ArrayList<>();
    if (!beoordeling.gemeente().equals(gemeente.code())) {
      v.add(DomainValidationException.Violation.of("beoordeling", "must be the judgement of " + gemeente.code(), beoordeling.gemeente()));
    }
    List<Risicoregel> verwachtAanvaard = regels.stream().filter(r -> beoordeling.aanvaardeRegels().contains(r.code())).toList();
    if (!aanvaard.equals(verwachtAanvaard)) {
      v.add(DomainValidationException.Violation.of("aanvaard", "must be the fired rules the judgement accepts "
          + verwachtAanvaard.stream().map(Risicoregel::code).toList(), aanvaard.stream().map(Risicoregel::code).toList()));
    }
    if (!signalen.equals(beoordeling.signaaldomeinen())) {
      v.add(DomainValidationException.Violation.of("signalen", "must be the judgement's signal domeinen "
          + beoordeling.signaaldomeinen(), signalen));
    }
    Set<Domein> voor = EnumSet.noneOf(Domein.class);
    regels.forEach(r -> voor.addAll(r.domeinen()));
    if (categorieVoor != Risicocategorie.van(voor)) {
      v.add(DomainValidationException.Violation.of("categorieVoor", "must be the category of the fired rules "
          + Risicocategorie.van(voor), categorieVoor));
    }
    Set<Domein> na = EnumSet.noneOf(Domein.class);
    na.addAll(signalen);
    regels.stream().filter(r -> !aanvaard.contains(r)).forEach(r -> na.addAll(r.domeinen()));
    if (categorieNa != Risicocategorie.van(na)) {
      v.add(DomainValidationException.Violation.of("categorieNa", "must be the category of the rules not accepted and the signals "
          + Risicocategorie.van(na), categorieNa));
    }
    for (Domein d : Domein.values()) {
      Afhandeling verwacht = !na.contains(d) ? Afhandeling.GEEN_RISICO
          : beoordeling.contact(d).map(c -> Afhandeling.from(c.uitkomst())).orElse(Afhandeling.MOGELIJK_RISICO);
      if (afhandeling.get(d) != verwacht) {
        v.add(DomainValidationException.Violation.of("afhandeling[" + d.name() + "]",
            "must follow from the risk after judgement and the contact: " + verwacht, afhandeling.get(d)));
      }
    }
    return v;
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
