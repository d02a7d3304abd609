package nl.lea.rapport.risico;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;

/**
 * A set of risk rules applied to gemeente answers: a profile per gemeente (docs/domein.md §5.1), and
 * as a {@link Regelset} what the judgement checks against. Rules are evaluated independently: L1
 * implies L2 and both are listed. For example:
 *
 * <pre>{@code
 * Risicoanalyse analyse = Risicoanalyse.standaard();
 * List<Risicoprofiel> profielen = analyse.profielen(vragenlijst);
 * profielen.get(0).categorie(); // GEEN, LEA, VVE or LEA_EN_VVE
 * }</pre>
 *
 * <p>As a {@link Regelset} it is what the {@code lea-toezicht/1} reader and {@link
 * nl.lea.rapport.toezicht.Toezicht} judge against.
 *
 * <p>This class is immutable and thread-safe if its rules are.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Risicoanalyse implements Regelset {

  private static final Risicoanalyse STANDAARD = new Risicoanalyse(Risicoregels.standaard());

  private final List<Risicoregel> regels;

  private Risicoanalyse(List<Risicoregel> regels) {
    this.regels = regels;
  }

  /**
   * Obtains the analysis with the default rules L0–V5.
   *
   * @return the analysis, not null
   */
  public static Risicoanalyse standaard() {
    return STANDAARD;
  }

  /**
   * Obtains an analysis with other rules.
   *
   * @param regels the rules in the order to report them, unique codes, not null
   * @return the analysis, not null
   * @throws DomainValidationException if a rule is null or a code repeats
   */
  public static Risicoanalyse met(List<Risicoregel> regels) {
    Set<String> codes = new HashSet<>();
    for (Risicoregel r : DomainValidationException.requireNonNull(regels, "regels")) {
      if (r == null) {
        throw new DomainValidationException("regels", "must not hold null", regels);
      }
      if (!codes.add(r.code())) {
        throw new DomainValidationException("regels", "must have unique codes", r.code());
      }
    }
    return new Risicoanalyse(List.copyOf(regels));
  }

  /**
   * Gets the rules, in order.
   *
   * @return the rules, not null
   */
  public List<Risicoregel> regels() {
    return regels;
  }

  /**
   * Finds a rule by its code.
   *
   * @param code the code, not null
   * @return the rule, empty if this analysis has no rule with that code
   */
  public java.util.Optional<Risicoregel> regel(String code) {
    DomainValidationException.requireNonNull(code, "code");
    return regels.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  @Override
  public List<String> codes() {
    return regels.stream().map(Risicoregel::code).toList();
  }

  @Override
  public Set<Domein> domeinen(String code) {
    return regel(code).orElseThrow(() -> new DomainValidationException("code", "is not a rule of this analysis: " + codes(), code))
        .domeinen();
  }

  /**
   * Gets the code of {@link Risicoregels#L0} (the questionnaire was not returned) when this
   * analysis uses it; its toelichting can never be accepted.
   *
   * @return {@code L0}, empty if the analysis does not use that rule
   */
  @Override
  public java.util.Optional<String> nietIngevuld() {
    return regels.contains(Risicoregels.L0) ? java.util.Optional.of(Risicoregels.L0.code()) : java.util.Optional.empty();
  }

  @Override
  public List<String> gevuurd(GemeenteAntwoord antwoord) {
    return profiel(antwoord).regels().stream().map(Risicoregel::code).toList();
  }

  /**
   * Analyses one gemeente's answer.
   *
   * @param antwoord the answer, not null
   * @return the profile, not null
   */
  public Risicoprofiel profiel(GemeenteAntwoord antwoord) {
    List<Risicoregel> gevuurd = new ArrayList<>();
    for (Risicoregel r : regels) {
      if (r.vuurt(antwoord)) {
        gevuurd.add(r);
      }
    }
    return new Risicoprofiel(antwoord.gemeente(), gevuurd);
  }

  /**
   * Analyses every gemeente of a document, in document order.
   *
   * @param vragenlijst the document, not null
   * @return one profile per gemeente, not null
   */
  public List<Risicoprofiel> profielen(Vragenlijst vragenlijst) {
    List<Risicoprofiel> profielen = new ArrayList<>();
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst").gemeenten().forEach(a -> profielen.add(profiel(a)));
    return List.copyOf(profielen);
  }
}
