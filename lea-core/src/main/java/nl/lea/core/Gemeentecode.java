package nl.lea.core;

import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * The CBS code of a Dutch gemeente (municipality), such as {@code GM0363} for Amsterdam.
 *
 * <p>A code is {@code GM} followed by exactly four ASCII digits. Codes are ordered by their
 * number. For example:
 *
 * <pre>{@code
 * Gemeentecode amsterdam = Gemeentecode.of("GM0363");
 * amsterdam.nummer();   // 363
 * amsterdam.toString(); // "GM0363"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Gemeentecode implements Comparable<Gemeentecode>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RULE = "must be \"GM\" followed by four digits 0-9";
  /** Every code, made once: codes are small values shared by millions of register records. */
  private static final Gemeentecode[] ALLE = new Gemeentecode[10_000];

  static {
    for (int i = 0; i < ALLE.length; i++) {
      ALLE[i] = new Gemeentecode(i);
    }
  }

  /** The number, 0..9999. */
  private final int nummer;

  private Gemeentecode(int nummer) {
    this.nummer = nummer;
  }

  /**
   * Obtains a code from its text.
   *
   * <p>For example, {@code Gemeentecode.of("GM0014")} is Groningen's code.
   *
   * @param code the code, {@code GM} and four ASCII digits, not null
   * @return the code, not null
   * @throws DomainValidationException if the text is null or not a valid code
   */
  public static Gemeentecode of(String code) {
    if (code == null) {
      throw new DomainValidationException("code", "is required", null);
    }
    if (code.length() != 6 || code.charAt(0) != 'G' || code.charAt(1) != 'M') {
      throw new DomainValidationException("code", RULE, code);
    }
    int nummer = 0;
    for (int i = 2; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw new DomainValidationException("code", RULE, code);
      }
      nummer = nummer * 10 + (c - '0');
    }
    return ALLE[nummer];
  }

  /**
   * Obtains a code from its number.
   *
   * <p>For example, {@code Gemeentecode.of(363)} is {@code GM0363}.
   *
   * @param nummer the number, 0..9999
   * @return the code, not null
   * @throws DomainValidationException if the number is outside 0..9999
   */
  public static Gemeentecode of(int nummer) {
    if (nummer < 0 || nummer > 9999) {
      throw new DomainValidationException("code", "number must be between 0 and 9999", nummer);
    }
    return ALLE[nummer];
  }

  /**
   * Obtains a code from its text; the inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the code, not null
   * @throws DomainValidationException if the text is null or not a valid code
   */
  public static Gemeentecode parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }

  /**
   * Keeps one instance per code after deserialization, and rejects a forged number.
   *
   * @return the shared instance
   * @throws java.io.InvalidObjectException if the number is outside 0..9999
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    if (nummer < 0 || nummer >= ALLE.length) {
      throw new java.io.InvalidObjectException("Gemeentecode number must be 0..9999, was " + nummer);
    }
    return ALLE[nummer];
  }

  /**
   * Gets the number of the code.
   *
   * @return the number, 0..9999
   */
  public int nummer() {
    return nummer;
  }

  /**
   * Compares codes by their number.
   *
   * @param other the other code, not null
   * @return negative, zero or positive as this code is less than, equal to or greater than the
   *     other
   */
  @Override
  public int compareTo(Gemeentecode other) {
    return Integer.compare(nummer, other.nummer);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Gemeentecode && ((Gemeentecode) obj).nummer == nummer;
  }

  @Override
  public int hashCode() {
    return nummer;
  }

  /**
   * Outputs the code as text, such as {@code GM0363}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    String digits = Integer.toString(nummer);
    return "GM" + "0000".substring(digits.length()) + digits;
  }
}
