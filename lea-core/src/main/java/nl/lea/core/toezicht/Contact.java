package nl.lea.core.toezicht;

import java.util.List;
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
    if (uitkomst() == Contactuitkomst.VERBETERAFSPRAKEN && verbeterafspraken().isEmpty()) {
      throw new DomainValidationException("verbeterafspraken", "must hold at least one agreement for VERBETERAFSPRAKEN", "[]");
    }
    if (uitkomst() == Contactuitkomst.GEEN_RISICO_MEER && !verbeterafspraken().isEmpty()) {
      throw new DomainValidationException("verbeterafspraken", "must be empty for GEEN_RISICO_MEER", verbeterafspraken().size() + " agreements");
    }
    for (int i = 0; i < verbeterafspraken().size(); i++) {
      Toezichtonderwerp o = verbeterafspraken().get(i).onderwerp();
      if (o.domein() != domein()) {
        throw new DomainValidationException("verbeterafspraken[" + i + "].onderwerp",
            "must be an onderwerp of " + domein() + ": " + Toezichtonderwerp.van(domein()), o);
      }
    }
  }
}
