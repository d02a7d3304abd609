package nl.lea.core.vve;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The thresholds that classify a doelgroepdefinitie's width by its number of indicators (docs/domein.md
 * §3.10).
 *
 * <p>A number k of indicators is classified as: k = 0, no class (the definition is unknown); 1 ≤ k
 * ≤ {@code maxSmal}, {@link Omvang#SMAL}; {@code maxSmal} &lt; k ≤ {@code maxMidden}, {@link
 * Omvang#MIDDEN}; k &gt; {@code maxMidden}, {@link Omvang#BREED}. The report's thresholds are
 * {@link #standaard()}: 1–3 smal, 4–6 midden, 7–9 breed. For example:
 *
 * <pre>{@code
 * OmvangIndeling.standaard().classificeer(4);  // Optional[MIDDEN]
 * OmvangIndeling.of(2, 5).classificeer(3);     // Optional[MIDDEN]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class OmvangIndeling {

  private static final OmvangIndeling STANDAARD = ImmutableOmvangIndeling.construct(3, 6);

  OmvangIndeling() {}

  /**
   * Obtains the report's classification: 1–3 indicators smal, 4–6 midden, 7 or more breed.
   *
   * @return the standard classification, not null
   */
  public static OmvangIndeling standaard() {
    return STANDAARD;
  }

  /**
   * Obtains a custom classification.
   *
   * @param maxSmal the largest number of indicators that is still smal, at least 1
   * @param maxMidden the largest number of indicators that is still midden, greater than {@code
   *     maxSmal}
   * @return the classification, not null
   * @throws DomainValidationException if {@code maxSmal < 1} or {@code maxMidden <= maxSmal}
   */
  public static OmvangIndeling of(int maxSmal, int maxMidden) {
    return ImmutableOmvangIndeling.construct(maxSmal, maxMidden);
  }

  /**
   * Gets the largest number of indicators classified as smal.
   *
   * @return the threshold, at least 1
   */
  public abstract int maxSmal();

  /**
   * Gets the largest number of indicators classified as midden.
   *
   * @return the threshold, greater than {@link #maxSmal()}
   */
  public abstract int maxMidden();

  /**
   * Classifies a number of indicators.
   *
   * @param aantalIndicatoren the number of distinct indicators, not negative
   * @return the class, empty for 0 indicators (an unknown definition)
   * @throws DomainValidationException if the number is negative
   */
  public Optional<Omvang> classificeer(int aantalIndicatoren) {
    if (aantalIndicatoren < 0) {
      throw new DomainValidationException("aantalIndicatoren", "must not be negative", aantalIndicatoren);
    }
    if (aantalIndicatoren == 0) {
      return Optional.empty();
    }
    if (aantalIndicatoren <= maxSmal()) {
      return Optional.of(Omvang.SMAL);
    }
    return Optional.of(aantalIndicatoren <= maxMidden() ? Omvang.MIDDEN : Omvang.BREED);
  }

  @Value.Check
  void check() {
    if (maxSmal() < 1) {
      throw new DomainValidationException("maxSmal", "must be at least 1", maxSmal());
    }
    if (maxMidden() <= maxSmal()) {
      throw new DomainValidationException(
          "maxMidden", "must be greater than maxSmal " + maxSmal(), maxMidden());
    }
  }
}
