package nl.lea.core.toezicht;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The inspector's judgement of one gemeente (docs/toezicht.md §1): the explanations accepted for rules
 * that fired, the signals received, and at most one {@link Contact} per domein.
 *
 * <p>Whether an accepted rule really fired and whether a contacted domein really had a possible
 * risk depends on the questionnaire and the rules in use: {@link #controleer} checks it (and {@code
 * Toezicht.beoordeel} in lea-rapport, the {@code lea-toezicht/1} reader and the test kit's
 * generator call it). For example:
 *
 * <pre>{@code
 * Beoordeling b = Beoordeling.of(Gemeentecode.of("GM0014"),
 *     List.of(AanvaardeToelichting.of("V4", "Subsidie volgt kind; er is geen wachtlijst.")),
 *     List.of(Signaal.of(Domein.LEA, "Signaal van een schoolbestuur.")),
 *     List.of(Contact.of(Domein.VVE, Contactuitkomst.GEEN_RISICO_MEER, List.of())));
 * b.aanvaardeRegels();        // [V4]
 * b.contact(Domein.LEA);      // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Beoordeling {

  Beoordeling() {}

  /**
   * Obtains a judgement.
   *
   * @param gemeente the gemeente judged, not null
   * @param aanvaardeToelichtingen the accepted explanations, at most one per rule, not null
   * @param signalen the signals, in order, repeats allowed, not null
   * @param contacten the contacts, at most one per domein, not null
   * @return the judgement, not null
   * @throws DomainValidationException if an argument is null or holds null, a rule is accepted
   *     twice, or a domein has two contacts
   */
  public static Beoordeling of(Gemeentecode gemeente, List<AanvaardeToelichting> aanvaardeToelichtingen,
      List<Signaal> signalen, List<Contact> contacten) {
    return ImmutableBeoordeling.construct(Checks.notNull(gemeente, "gemeente"),
        Checks.noNulls(aanvaardeToelichtingen, "aanvaardeToelichtingen"), Checks.noNulls(signalen, "signalen"),
        Checks.noNulls(contacten, "contacten").stream().sorted((a, b) -> a.domein().compareTo(b.domein())).toList());
  }

  /**
   * Obtains the judgement of a gemeente with nothing accepted, no signal and no contact.
   *
   * @param gemeente the gemeente, not null
   * @return the empty judgement, not null
   * @throws DomainValidationException if the gemeente is null
   */
  public static Beoordeling leeg(Gemeentecode gemeente) {
    return of(gemeente, List.of(), List.of(), List.of());
  }

  /**
   * Gets the gemeente judged.
   *
   * @return the gemeente code, not null
   */
  public abstract Gemeentecode gemeente();

  /**
   * Gets the accepted explanations.
   *
   * @return the acceptances in document order, not null
   */
  public abstract List<AanvaardeToelichting> aanvaardeToelichtingen();

  /**
   * Gets the signals.
   *
   * @return the signals in document order, not null
   */
  public abstract List<Signaal> signalen();

  /**
   * Gets the contacts.
   *
   * @return the contacts, LEA before VVE, at most one per domein, not null
   */
  public abstract List<Contact> contacten();

  /**
   * Gets the codes of the accepted rules.
   *
   * @return the codes in document order, not null
   */
  public Set<String> aanvaardeRegels() {
    Set<String> codes = new LinkedHashSet<>();
    aanvaardeToelichtingen().forEach(a -> codes.add(a.regel()));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Finds the accepted explanation for a rule.
   *
   * @param regel the rule code, not null
   * @return the acceptance, empty if the rule's firing was not accepted
   */
  public Optional<AanvaardeToelichting> toelichting(String regel) {
    Checks.notNull(regel, "regel");
    return aanvaardeToelichtingen().stream().filter(a -> a.regel().equals(regel)).findFirst();
  }

  /**
   * Gets the domeinen with at least one signal.
   *
   * @return the domeinen, not null
   */
  public Set<Domein> signaaldomeinen() {
    Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
    signalen().forEach(s -> domeinen.add(s.domein()));
    return Collections.unmodifiableSet(domeinen);
  }

  /**
   * Finds the contact about a domein.
   *
   * @param domein the domein, not null
   * @return the contact, empty if there was none about that domein
   */
  public Optional<Contact> contact(Domein domein) {
    Checks.notNull(domein, "domein");
    return contacten().stream().filter(c -> c.domein() == domein).findFirst();
  }

  /**
   * Checks this judgement against the gemeente's answer and the rules in use (docs/toezicht.md §4):
   * it is the answer's gemeente; every accepted rule fired and may be accepted (rule 4); every
   * contact is on a domein with a possible risk after judgement with the valid acceptances (rule 6).
   *
   * <p>For example, {@code beoordeling.controleer(antwoord, Risicoanalyse.standaard())} is empty
   * for a judgement that fits. Paths name the fields as the {@code lea-toezicht/1} document does:
   * {@code code}, {@code aanvaardeToelichtingen[0].regel}, {@code contact[VVE]}.
   *
   * @param antwoord the gemeente's answer, not null
   * @param regels the rules in use, not null
   * @return the violations, possibly empty, not null
   */
  public List<DomainValidationException.Violation> controleer(GemeenteAntwoord antwoord, Regelset regels) {
    Checks.notNull(antwoord, "antwoord");
    Checks.notNull(regels, "regels");
    if (!gemeente().equals(antwoord.gemeente().code())) {
      return List.of(DomainValidationException.Violation.of("code",
          "must be the gemeente of the answer " + antwoord.gemeente().code(), gemeente()));
    }
    List<DomainValidationException.Violation> violations = new ArrayList<>();
    List<String> geldig = new ArrayList<>();
    for (int i = 0; i < aanvaardeToelichtingen().size(); i++) {
      String regel = aanvaardeToelichtingen().get(i).regel();
      List<DomainValidationException.Violation> v = controleerAanvaarding(regel, antwoord, regels);
      violations.addAll(DomainValidationException.under("aanvaardeToelichtingen[" + i + "]", v));
      if (v.isEmpty()) {
        geldig.add(regel);
      }
    }
    // Rule 6 judges with the valid acceptances only.
    for (Contact c : contacten()) {
      violations.addAll(DomainValidationException.under("contact[" + c.domein().name() + "]",
          controleerContact(c.domein(), antwoord, regels, geldig, signaaldomeinen())));
    }
    return List.copyOf(violations);
  }

  /**
   * Checks one accepted rule (docs/toezicht.md §4 rule 4): the rule set's {@linkplain
   * Regelset#nietIngevuld() rule for a questionnaire not returned} cannot be accepted, and the rule
   * fired for the gemeente.
   *
   * <p>For lea's readers, which report every error of a document at once: a null answer is unknown
   * and skips the rule that needs it. {@link #controleer} checks the same rules. Not for
   * applications: it may change without notice.
   *
   * @param regel the rule code, not null
   * @param antwoord the gemeente's answer, null if unknown
   * @param regels the rules in use, not null
   * @return the violation at {@code regel}, if any, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> controleerAanvaarding(String regel, GemeenteAntwoord antwoord,
      Regelset regels) {
    Checks.notNull(regel, "regel");
    Checks.notNull(regels, "regels");
    if (regels.nietIngevuld().filter(regel::equals).isPresent()) {
      return List.of(DomainValidationException.Violation.of("regel",
          "cannot be accepted: " + regel + " means the questionnaire was not returned", regel));
    }
    if (antwoord != null) {
      List<String> gevuurd = regels.gevuurd(antwoord);
      if (!gevuurd.contains(regel)) {
        return List.of(DomainValidationException.Violation.of("regel", "did not fire for " + antwoord.gemeente().code()
            + " (fired: " + (gevuurd.isEmpty() ? "none" : String.join(" ", gevuurd)) + ")", regel));
      }
    }
    return List.of();
  }

  /**
   * Checks one contact (docs/toezicht.md §4 rule 6): its domein has a possible risk after
   * judgement, judged with the accepted rules and the signals given.
   *
   * <p>For lea's readers, which report every error of a document at once. {@link #controleer}
   * checks the same rule. Not for applications: it may change without notice.
   *
   * @param domein the contact's domein, not null
   * @param antwoord the gemeente's answer, not null
   * @param regels the rules in use, not null
   * @param aanvaard the codes of the accepted rules, not null
   * @param signalen the domeinen with a signal, not null
   * @return the violation at the contact itself ({@code ""}), if any, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> controleerContact(Domein domein, GemeenteAntwoord antwoord,
      Regelset regels, Collection<String> aanvaard, Collection<Domein> signalen) {
    Checks.notNull(domein, "domein");
    Checks.notNull(antwoord, "antwoord");
    Checks.notNull(regels, "regels");
    if (regels.risicodomeinen(antwoord, aanvaard, signalen).contains(domein)) {
      return List.of();
    }
    return List.of(DomainValidationException.Violation.ofField("", "no possible " + domein.label() + " risk remains for "
        + antwoord.gemeente().code() + " after judgement", domein));
  }

  /**
   * Lists the violations of a judgement's own rule: each rule is accepted once (a repeat is reported
   * at each later acceptance, referring to the first).
   *
   * <p>For lea's readers, which report every error of a document at once: a null code is unknown
   * and skipped. The factory checks the same rule. Not for applications: it may change without
   * notice.
   *
   * @param aanvaardeRegels the code of each accepted rule, in order, null where unknown, not null
   * @return the violations, such as {@code aanvaardeToelichtingen[2].regel: repeats the rule
   *     accepted at aanvaardeToelichtingen[0]}, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(List<String> aanvaardeRegels) {
    Checks.notNull(aanvaardeRegels, "aanvaardeRegels");
    return Checks.herhalingen(aanvaardeRegels, i -> "aanvaardeToelichtingen[" + i + "].regel",
        i -> "aanvaardeToelichtingen[" + i + "]", "repeats the rule accepted at");
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(aanvaardeToelichtingen().stream().map(AanvaardeToelichting::regel).toList()));
    Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
    for (int i = 0; i < contacten().size(); i++) {
      if (!domeinen.add(contacten().get(i).domein())) {
        throw new DomainValidationException("contacten[" + i + "].domein", "must have one contact per domein", contacten().get(i).domein());
      }
    }
  }
}
