package nl.lea.core.toezicht;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The inspector's judgement of one gemeente (docs/toezicht.md §1): the explanations accepted for rules
 * that fired, the signals received, and at most one {@link Contact} per domein.
 *
 * <p>Whether an accepted rule really fired and whether a contacted domein really had a possible
 * risk depends on the questionnaire and the rules in use: {@code Toezicht.beoordeel} in
 * lea-rapport checks it. For example:
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
    return codes;
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
    return domeinen;
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

  @Value.Check
  void check() {
    Set<String> regels = new HashSet<>();
    for (int i = 0; i < aanvaardeToelichtingen().size(); i++) {
      String regel = aanvaardeToelichtingen().get(i).regel();
      if (!regels.add(regel)) {
        throw new DomainValidationException("aanvaardeToelichtingen[" + i + "].regel", "must accept each rule once", regel);
      }
    }
    Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
    for (int i = 0; i < contacten().size(); i++) {
      if (!domeinen.add(contacten().get(i).domein())) {
        throw new DomainValidationException("contacten[" + i + "].domein", "must have one contact per domein", contacten().get(i).domein());
      }
    }
  }
}
