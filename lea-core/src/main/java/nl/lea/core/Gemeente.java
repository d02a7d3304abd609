package nl.lea.core;

import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A Dutch gemeente (municipality): its CBS code and its name.
 *
 * <p>Equality and ordering are by code only: the name is descriptive. Surrounding whitespace of
 * the name is removed. For example:
 *
 * <pre>{@code
 * Gemeente groningen = Gemeente.of("GM0014", " Groningen ");
 * groningen.naam(); // "Groningen"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Gemeente implements Comparable<Gemeente> {

  Gemeente() {}

  /**
   * Obtains a gemeente from its code and name.
   *
   * <p>For example, {@code Gemeente.of("GM0363", "Amsterdam")}.
   *
   * @param code the CBS code, {@code GM} and four digits, not null
   * @param naam the name, not blank, not null
   * @return the gemeente, not null
   * @throws DomainValidationException if the code is invalid or the name is missing or blank
   */
  public static Gemeente of(String code, String naam) {
    return of(Gemeentecode.of(code), naam);
  }

  /**
   * Obtains a gemeente from its code and name.
   *
   * @param code the CBS code, not null
   * @param naam the name, not blank, not null
   * @return the gemeente, not null
   * @throws DomainValidationException if the code is missing or the name is missing or blank
   */
  public static Gemeente of(Gemeentecode code, String naam) {
    if (code == null) {
      throw new DomainValidationException("code", "is required", null);
    }
    if (naam == null) {
      throw new DomainValidationException("naam", "is required", null);
    }
    String gestript = naam.strip();
    if (gestript.isEmpty()) {
      throw new DomainValidationException("naam", "must not be blank", naam);
    }
    return ImmutableGemeente.construct(code, gestript);
  }

  /**
   * Gets the CBS code.
   *
   * @return the code, not null
   */
  public abstract Gemeentecode code();

  /**
   * Gets the name, without surrounding whitespace.
   *
   * @return the name, not blank, not null
   */
  public abstract String naam();

  /**
   * Compares gemeenten by code.
   *
   * @param other the other gemeente, not null
   * @return the comparison of the codes
   */
  @Override
  public int compareTo(Gemeente other) {
    return code().compareTo(other.code());
  }

  /**
   * Checks if this gemeente has the same code as another.
   *
   * @param obj the other object, null returns false
   * @return true if the other is a gemeente with the same code
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Gemeente && ((Gemeente) obj).code().equals(code());
  }

  @Override
  public int hashCode() {
    return code().hashCode();
  }

  /**
   * Outputs the gemeente as {@code GM0363 Amsterdam}.
   *
   * @return the code and the name, not null
   */
  @Override
  public String toString() {
    return code() + " " + naam();
  }
}
