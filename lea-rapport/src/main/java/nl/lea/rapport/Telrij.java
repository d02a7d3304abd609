package nl.lea.rapport;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * A count row: {@code aantal} gemeenten out of {@code noemer}, with the percentage rounded half up
 * (docs/domein.md §4) and the exact fraction. Under small-cell suppression the count and percentage are
 * hidden; the denominator never is. For example, Tabel 1.1's first row is {@code
 * Telrij.of("BESTRIJDEN_ONDERWIJSACHTERSTANDEN", "Bestrijden onderwijsachterstanden", 319, 340)},
 * 94%.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param sleutel the key, not null
 * @param label the Dutch label, starting with the group's label and {@code ": "} in a group, not
 *     null
 * @param groep the group the row belongs to, empty for none, not null
 * @param aantal the count, empty when suppressed
 * @param noemer the denominator, not negative
 * @param onderdrukt whether the count is suppressed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Telrij(String sleutel, String label, Optional<Groep> groep, OptionalLong aantal, long noemer, boolean onderdrukt)
    implements Rij {

  /**
   * Checks the row.
   *
   * @param sleutel the key, not null
   * @param label the Dutch label, starting with the group's label and {@code ": "} in a group, not
   *     null
   * @param groep the group the row belongs to, empty for none, not null
   * @param aantal the count, 0..noemer, empty exactly when suppressed
   * @param noemer the denominator, not negative
   * @param onderdrukt whether the count is suppressed
   */
  public Telrij {
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    DomainValidationException.requireNonNull(label, "label");
    DomainValidationException.requireNonNull(groep, "groep");
    DomainValidationException.requireNonNull(aantal, "aantal");
    if (groep.isPresent() && !label.startsWith(groep.get().label() + ": ")) {
      throw new DomainValidationException("label", "must start with the label of its group \"" + groep.get().label() + ": \"", label);
    }
    if (noemer < 0) {
      throw new DomainValidationException("noemer", "must not be negative", noemer);
    }
    if (aantal.isPresent() == onderdrukt) {
      throw new DomainValidationException("aantal", "must be absent exactly when suppressed (onderdrukt " + onderdrukt + ")", aantal);
    }
    if (aantal.isPresent() && (aantal.getAsLong() < 0 || aantal.getAsLong() > noemer)) {
      throw new DomainValidationException("aantal", "must be 0.." + noemer, aantal.getAsLong());
    }
  }

  /**
   * Creates a row outside any group.
   *
   * @param sleutel the key, not null
   * @param label the Dutch label, not null
   * @param aantal the count, 0..noemer, empty exactly when suppressed
   * @param noemer the denominator, not negative
   * @param onderdrukt whether the count is suppressed
   */
  public Telrij(String sleutel, String label, OptionalLong aantal, long noemer, boolean onderdrukt) {
    this(sleutel, label, Optional.empty(), aantal, noemer, onderdrukt);
  }

  /**
   * Obtains a visible count row.
   *
   * @param sleutel the key, not null
   * @param label the Dutch label, not null
   * @param aantal the count, 0..noemer
   * @param noemer the denominator, not negative
   * @return the row, not null
   */
  public static Telrij of(String sleutel, String label, long aantal, long noemer) {
    return new Telrij(sleutel, label, OptionalLong.of(aantal), noemer, false);
  }

  /**
   * Gets the percentage {@code round_half_up(100 × aantal / noemer)}.
   *
   * @return the percentage, empty when the denominator is 0 or the row is suppressed
   */
  public OptionalInt percentage() {
    return aantal.isPresent() ? Ratio.procent(aantal.getAsLong(), noemer) : OptionalInt.empty();
  }

  /**
   * Gets the exact fraction {@code aantal / noemer}.
   *
   * @return the fraction, empty when the denominator is 0 or the row is suppressed
   */
  public Optional<Ratio> fractie() {
    return aantal.isPresent() && noemer > 0 ? Optional.of(Ratio.of(aantal.getAsLong(), noemer)) : Optional.empty();
  }

  /**
   * Returns this row with small-cell suppression applied: a count with {@code 0 < aantal < k} is
   * hidden.
   *
   * @param k the smallest count that may be shown, at least 2
   * @return the row, suppressed or unchanged, not null
   * @throws DomainValidationException if {@code k} is less than 2
   */
  public Telrij onderdruk(int k) {
    if (k < 2) {
      throw new DomainValidationException("k", "must be at least 2", k);
    }
    if (aantal.isPresent() && aantal.getAsLong() > 0 && aantal.getAsLong() < k) {
      return new Telrij(sleutel, label, groep, OptionalLong.empty(), noemer, true);
    }
    return this;
  }

  @Override
  public Telrij withLabel(String label) {
    return new Telrij(sleutel, label, groep, aantal, noemer, onderdrukt);
  }

  /**
   * Returns this row in a group.
   *
   * @param groep the group, not null
   * @return the row, otherwise equal, not null
   * @throws DomainValidationException if the label does not start with the group's label and {@code
   *     ": "}
   */
  public Telrij withGroep(Groep groep) {
    return new Telrij(sleutel, label, Optional.of(DomainValidationException.requireNonNull(groep, "groep")), aantal, noemer,
        onderdrukt);
  }
}
