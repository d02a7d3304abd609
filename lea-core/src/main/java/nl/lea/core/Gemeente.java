package nl.lea.core;

import java.util.List;
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
    DomainValidationException.throwIfAny(violations(naam));
    return ImmutableGemeente.construct(code, naam.strip());
  }

  /**
   * Lists the violations of a gemeente's rules: the name is not blank.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param naam the name, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(String naam) {
    return naam != null && naam.isBlank()
        ? List.of(DomainValidationException.Violation.of("naam", "must not be blank", naam)) : List.of();
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
