package nl.lea.core.toezicht;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import org.apiguardian.api.API;

/**
 * A set of risk rules as the judgement sees them: their codes, each rule's domeinen, which fire for
 * a gemeente, and which one means "not returned" (docs/domein.md §5.1).
 *
 * <p>Three names, three things: a {@code Regelset} is this view of any set of rules; lea-rapport's
 * {@code Risicoanalyse} is the one implementation, a set of {@code Risicoregel}s applied to answers;
 * {@code Risicoregels} holds the default rules L0–L5, V1–V5 as constants. The {@code
 * lea-toezicht/1} reader in lea-json takes a Regelset to check a document against the rules in use.
 *
 * <p>The default methods state the one rule of docs/toezicht.md §1: domein D of a gemeente has a
 * possible risk after judgement when a fired rule of D is not accepted, or a signaal of D exists.
 * For example:
 *
 * <pre>{@code
 * Set<Domein> voor = regels.risicodomeinen(antwoord, Beoordeling.leeg(code));
 * Set<Domein> na = regels.risicodomeinen(antwoord, beoordeling);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Regelset {

  /**
   * Gets the rule codes, in the order the rules are reported.
   *
   * @return the codes, unique, not null
   */
  List<String> codes();

  /**
   * Gets the domeinen a rule signals a risk for.
   *
   * @param code a code of {@link #codes()}, not null
   * @return the domeinen, at least one, not null
   * @throws DomainValidationException if the code is not a rule of this set
   */
  Set<Domein> domeinen(String code);

  /**
   * Lists the rules that fire for one gemeente's answer.
   *
   * @param antwoord the answer, not null
   * @return the codes of the rules that fire, in the order of {@link #codes()}, not null
   */
  List<String> gevuurd(GemeenteAntwoord antwoord);

  /**
   * Gets the code of the rule that fires for a gemeente that returned no questionnaire. Its
   * toelichting can never be accepted: there is nothing to explain (docs/toezicht.md §1).
   *
   * @return the code, such as {@code L0}, empty if the rule set has no such rule
   */
  default Optional<String> nietIngevuld() {
    return Optional.empty();
  }

  /**
   * Gets the domeinen with a possible risk after judgement: those of a fired rule that is not
   * accepted, and those with a signal.
   *
   * @param antwoord the gemeente's answer, not null
   * @param aanvaard the codes of the accepted rules, not null
   * @param signalen the domeinen with a signal, not null
   * @return the domeinen with a possible risk, not null
   */
  default Set<Domein> risicodomeinen(GemeenteAntwoord antwoord, Collection<String> aanvaard, Collection<Domein> signalen) {
    Checks.noNulls(aanvaard, "aanvaard");
    Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
    domeinen.addAll(Checks.noNulls(signalen, "signalen"));
    for (String code : gevuurd(Checks.notNull(antwoord, "antwoord"))) {
      if (!aanvaard.contains(code)) {
        domeinen.addAll(domeinen(code));
      }
    }
    return Collections.unmodifiableSet(domeinen);
  }

  /**
   * Gets the domeinen with a possible risk after a judgement.
   *
   * @param antwoord the gemeente's answer, not null
   * @param beoordeling the judgement of that gemeente, not null
   * @return the domeinen with a possible risk, not null
   */
  default Set<Domein> risicodomeinen(GemeenteAntwoord antwoord, Beoordeling beoordeling) {
    Checks.notNull(beoordeling, "beoordeling");
    return risicodomeinen(antwoord, beoordeling.aanvaardeRegels(), beoordeling.signaaldomeinen());
  }
}
