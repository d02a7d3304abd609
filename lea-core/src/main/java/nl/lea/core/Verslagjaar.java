package nl.lea.core;

import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * The calendar year that a questionnaire's answers are about, 2000..2100.
 *
 * <p>The report over 2022 has answers about 2022, collected in 2023: its verslagjaar is 2022. For
 * example, {@code Verslagjaar.of(2022).volgend()} is 2023.
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Verslagjaar implements Comparable<Verslagjaar>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The smallest allowed year. */
  public static final int MIN = 2000;
  /** The largest allowed year. */
  public static final int MAX = 2100;

  /** The year. */
  private final int jaar;

  private Verslagjaar(int jaar) {
    this.jaar = jaar;
  }

  /**
   * Obtains a verslagjaar.
   *
   * <p>For example, {@code Verslagjaar.of(2022)}.
   *
   * @param jaar the year, 2000..2100
   * @return the verslagjaar, not null
   * @throws DomainValidationException if the year is outside 2000..2100
   */
  public static Verslagjaar of(int jaar) {
    if (jaar < MIN || jaar > MAX) {
      throw new DomainValidationException("verslagjaar", "must be between " + MIN + " and " + MAX, jaar);
    }
    return new Verslagjaar(jaar);
  }

  /**
   * Obtains a verslagjaar from its text, such as {@code "2022"}; the inverse of {@link
   * #toString()}.
   *
   * @param text the text to parse, not null
   * @return the verslagjaar, not null
   * @throws DomainValidationException if the text is not a year 2000..2100
   */
  public static Verslagjaar parse(CharSequence text) {
    if (text == null) {
      throw new DomainValidationException("verslagjaar", "is required", null);
    }
    String s = text.toString();
    if (s.length() != 4 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new DomainValidationException("verslagjaar", "must be four digits", s);
    }
    return of(Integer.parseInt(s));
  }

  /**
   * Gets the year.
   *
   * @return the year, 2000..2100
   */
  public int jaar() {
    return jaar;
  }

  /**
   * Gets the next verslagjaar.
   *
   * @return the year after this one, not null
   * @throws DomainValidationException if this is the last allowed year
   */
  public Verslagjaar volgend() {
    return of(jaar + 1);
  }

  @Override
  public int compareTo(Verslagjaar other) {
    return Integer.compare(jaar, other.jaar);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Verslagjaar && ((Verslagjaar) obj).jaar == jaar;
  }

  @Override
  public int hashCode() {
    return jaar;
  }

  /**
   * Outputs the year, such as {@code 2022}.
   *
   * @return the year as four digits, not null
   */
  @Override
  public String toString() {
    return Integer.toString(jaar);
  }
}
