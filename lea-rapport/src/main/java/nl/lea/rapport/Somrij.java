package nl.lea.rapport;

import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * A sum row (report Tabel 1.10): the sum over the gemeenten that supplied a value, and how many
 * did. Never suppressed. For example, {@code new Somrij("DOELGROEPPEUTERS", "Doelgroepkinderen",
 * 53_257, 297)}.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param sleutel the key, not null
 * @param label the Dutch label, not null
 * @param waarde the sum, not negative
 * @param aantalGemeenten the number of gemeenten that supplied a value, not negative
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Somrij(String sleutel, String label, long waarde, long aantalGemeenten) implements Rij {

  /**
   * Checks the row.
   *
   * @param sleutel the key, not null
   * @param label the Dutch label, not null
   * @param waarde the sum, not negative
   * @param aantalGemeenten the number of suppliers, not negative
   */
  public Somrij {
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    DomainValidationException.requireNonNull(label, "label");
    if (waarde < 0) {
      throw new DomainValidationException("waarde", "must not be negative", waarde);
    }
    if (aantalGemeenten < 0) {
      throw new DomainValidationException("aantalGemeenten", "must not be negative", aantalGemeenten);
    }
  }

  @Override
  public Somrij withLabel(String label) {
    return new Somrij(sleutel, label, waarde, aantalGemeenten);
  }
}
