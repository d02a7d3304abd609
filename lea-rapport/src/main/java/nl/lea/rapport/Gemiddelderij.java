package nl.lea.rapport;

import java.util.Optional;
import java.util.OptionalInt;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * A mean row: an exact proportion (a mean or pooled bereik) over {@code aantalGemeenten}
 * gemeenten, rendered as a percentage rounded half up and as a fraction. Never suppressed. For
 * example, the report's mean bereik: 77%, n = 273.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param sleutel the key, not null
 * @param label the Dutch label, not null
 * @param waarde the exact proportion, empty over no gemeenten
 * @param aantalGemeenten the n, not negative
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Gemiddelderij(String sleutel, String label, Optional<Ratio> waarde, long aantalGemeenten) implements Rij {

  /**
   * Checks the row.
   *
   * @param sleutel the key, not null
   * @param label the Dutch label, not null
   * @param waarde the exact proportion, empty exactly when {@code aantalGemeenten} is 0
   * @param aantalGemeenten the n, not negative
   */
  public Gemiddelderij {
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    DomainValidationException.requireNonNull(label, "label");
    DomainValidationException.requireNonNull(waarde, "waarde");
    if (aantalGemeenten < 0) {
      throw new DomainValidationException("aantalGemeenten", "must not be negative", aantalGemeenten);
    }
    if (waarde.isEmpty() != (aantalGemeenten == 0)) {
      throw new DomainValidationException("waarde", "must be present exactly when aantalGemeenten > 0 (" + aantalGemeenten + ")", waarde);
    }
  }

  /**
   * Gets the percentage: round half up of 100 × the proportion.
   *
   * @return the percentage, empty over no gemeenten
   */
  public OptionalInt percentage() {
    return waarde.map(r -> OptionalInt.of(r.procent())).orElse(OptionalInt.empty());
  }

  @Override
  public Gemiddelderij withLabel(String label) {
    return new Gemiddelderij(sleutel, label, waarde, aantalGemeenten);
  }
}
