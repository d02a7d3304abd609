package nl.lea.rapport;

import java.util.Objects;

/**
 * A sum row (report Tabel 1.10): the sum over the gemeenten that supplied a value, and how many
 * did. Never suppressed. For example, {@code new Somrij("DOELGROEPPEUTERS", "Doelgroepkinderen",
 * 53_257, 297)}.
 *
 * @param sleutel the key, not null
 * @param label the Dutch label, not null
 * @param waarde the sum, not negative
 * @param aantalGemeenten the number of gemeenten that supplied a value, not negative
 */
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
    Objects.requireNonNull(sleutel, "sleutel");
    Objects.requireNonNull(label, "label");
    if (waarde < 0 || aantalGemeenten < 0) {
      throw new IllegalArgumentException("Somrij must not be negative: " + waarde + ", n = " + aantalGemeenten);
    }
  }
}
