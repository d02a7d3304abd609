package nl.lea.rapport.risico;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import org.apiguardian.api.API;

/**
 * A named rule of the risk analysis: a code, the domains it signals a risk for, a Dutch explanation
 * suitable for a letter to the gemeente, and the condition on one gemeente's answer (docs/domein.md §5.1).
 *
 * <p>Rules are values, so an application can replace or extend the {@link
 * Risicoregels#standaard() default set}. For example:
 *
 * <pre>{@code
 * Risicoregel geenDoelen = Risicoregel.of("L9", Set.of(Domein.LEA),
 *     "De gemeente stelde geen doelen voor het bestrijden van onderwijsachterstanden.",
 *     a -> a.lea().map(l -> l.thema(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN).doelen().isEmpty()).orElse(false));
 * }</pre>
 *
 * <p>Two rules are equal when their codes are equal. This class is immutable and thread-safe if
 * its condition is.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Risicoregel {

  private final String code;
  private final Set<Domein> domeinen;
  private final String uitleg;
  private final Predicate<GemeenteAntwoord> conditie;

  private Risicoregel(String code, Set<Domein> domeinen, String uitleg, Predicate<GemeenteAntwoord> conditie) {
    this.code = code;
    this.domeinen = domeinen;
    this.uitleg = uitleg;
    this.conditie = conditie;
  }

  /**
   * Obtains a rule.
   *
   * @param code the code, not blank, not null
   * @param domeinen the domains it signals a risk for, at least one, not null
   * @param uitleg the Dutch explanation, not blank, not null
   * @param conditie when the rule fires for one gemeente's answer, not null
   * @return the rule, not null
   * @throws DomainValidationException if an argument is null, blank or empty
   */
  public static Risicoregel of(String code, Set<Domein> domeinen, String uitleg, Predicate<GemeenteAntwoord> conditie) {
    if (code == null || code.isBlank()) {
      throw new DomainValidationException("code", "must not be blank", code);
    }
    if (domeinen == null || domeinen.isEmpty() || domeinen.stream().anyMatch(java.util.Objects::isNull)) {
      throw new DomainValidationException("domeinen", "must hold at least one domain", domeinen);
    }
    if (uitleg == null || uitleg.isBlank()) {
      throw new DomainValidationException("uitleg", "must not be blank", uitleg);
    }
    if (conditie == null) {
      throw new DomainValidationException("conditie", "is required", null);
    }
    return new Risicoregel(code, Set.copyOf(EnumSet.copyOf(domeinen)), uitleg, conditie);
  }

  /**
   * Gets the code, such as {@code L1}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the domains this rule signals a risk for.
   *
   * @return the domains, at least one, not null
   */
  public Set<Domein> domeinen() {
    return domeinen;
  }

  /**
   * Gets the Dutch explanation, suitable for a letter.
   *
   * @return the explanation, not null
   */
  public String uitleg() {
    return uitleg;
  }

  /**
   * Checks if the rule fires for one gemeente's answer.
   *
   * @param antwoord the answer, not null
   * @return true if the rule signals a risk
   */
  public boolean vuurt(GemeenteAntwoord antwoord) {
    return conditie.test(DomainValidationException.requireNonNull(antwoord, "antwoord"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Risicoregel && ((Risicoregel) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + domeinen + ": " + uitleg;
  }
}
