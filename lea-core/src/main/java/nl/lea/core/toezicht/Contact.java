package nl.lea.core.toezicht;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The conversation with a contactgemeente about one domein and how it ended (docs/toezicht.md §1).
 *
 * <p>Verbeterafspraken are required (at least one) for {@code VERBETERAFSPRAKEN}, optional for
 * {@code ONDERZOEK} and absent for {@code GEEN_RISICO_MEER}; each one's onderwerp lies in the
 * contact's domein. For example:
 *
 * <pre>{@code
 * Contact lea = Contact.of(Domein.LEA, Contactuitkomst.VERBETERAFSPRAKEN, List.of(
 *     Verbeterafspraak.of(Toezichtonderwerp.VOORKOMEN_SEGREGATIE, "Segregatie agenderen.")));
 * Contact vve = Contact.of(Domein.VVE, Contactuitkomst.GEEN_RISICO_MEER, List.of());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Contact {

  Contact() {}

  /**
   * Obtains a contact.
   *
   * @param domein the domein the conversation was about, not null
   * @param uitkomst how it ended, not null
   * @param verbeterafspraken the agreements, in order, not null
   * @return the contact, not null
   * @throws DomainValidationException if an argument is null or holds null, the agreements do not
   *     fit the outcome, or an agreement's onderwerp lies in the other domein
   */
  public static Contact of(Domein domein, Contactuitkomst uitkomst, List<Verbeterafspraak> verbeterafspraken) {
    return ImmutableContact.construct(Checks.notNull(domein, "domein"), Checks.notNull(uitkomst, "uitkomst"),
        Checks.noNulls(verbeterafspraken, "verbeterafspraken"));
  }

  /**
   * Gets the domein the conversation was about.
   *
   * @return the domein, not null
   */
  public abstract Domein domein();

  /**
   * Gets how the conversation ended.
   *
   * @return the outcome, not null
   */
  public abstract Contactuitkomst uitkomst();

  /**
   * Gets the improvement agreements.
   *
   * @return the agreements in order, empty for {@code GEEN_RISICO_MEER}, not null
   */
  public abstract List<Verbeterafspraak> verbeterafspraken();

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(domein(), uitkomst(),
        verbeterafspraken().stream().map(Verbeterafspraak::onderwerp).toList()));
  }

  /**
   * Lists the violations of a contact's rules: each agreement's onderwerp lies in the contact's
   * domein; agreements are required (at least one) for {@code VERBETERAFSPRAKEN} and absent for
   * {@code GEEN_RISICO_MEER}.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument or
   * onderwerp is unknown and skips the rules that need it. The factory checks the same rules. Not
   * for applications: it may change without notice.
   *
   * @param domein the domein, null if unknown
   * @param uitkomst the outcome, null if unknown
   * @param onderwerpen the onderwerp of each agreement, in order, null where unknown; the list null
   *     if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Domein domein, Contactuitkomst uitkomst,
      List<Toezichtonderwerp> onderwerpen) {
    List<DomainValidationException.Violation> violations = new ArrayList<>();
    if (onderwerpen == null) {
      return List.of();
    }
    if (domein != null) {
      String toegestaan = Toezichtonderwerp.of(domein).stream().map(Enum::name).collect(Collectors.joining(", "));
      for (int i = 0; i < onderwerpen.size(); i++) {
        Toezichtonderwerp o = onderwerpen.get(i);
        if (o != null && o.domein() != domein) {
          violations.add(DomainValidationException.Violation.of("verbeterafspraken[" + i + "].onderwerp",
              "is not an onderwerp of " + domein.name() + "; allowed: " + toegestaan, o));
        }
      }
    }
    if (uitkomst == Contactuitkomst.VERBETERAFSPRAKEN && onderwerpen.isEmpty()) {
      violations.add(DomainValidationException.Violation.ofField("verbeterafspraken",
          "is required (at least one) when uitkomst is VERBETERAFSPRAKEN", onderwerpen));
    }
    if (uitkomst == Contactuitkomst.GEEN_RISICO_MEER && !onderwerpen.isEmpty()) {
      violations.add(DomainValidationException.Violation.of("verbeterafspraken",
          "must be absent when uitkomst is GEEN_RISICO_MEER", onderwerpen.size() + " agreements"));
    }
    return List.copyOf(violations);
  }
}
