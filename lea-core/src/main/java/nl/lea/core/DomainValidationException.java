package nl.lea.core;

import java.util.Objects;

/**
 * Thrown when a value violates a rule of the LEA/vve domain.
 *
 * <p>Every lea value type validates itself on construction and throws this exception for an
 * invalid argument, including a missing ({@code null}) one. The message names the field, the rule
 * and the offending value, for example {@code code: must be "GM" followed by four digits 0-9, was
 * "GM12"}; the three parts are also available separately.
 *
 * <p>This exception is an {@link IllegalArgumentException}, so callers that already handle bad
 * arguments need nothing new.
 */
public class DomainValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field. */
  private final String field;
  /** The rule. */
  private final String rule;
  /** The offending value as text, or null. */
  private final String value;

  /**
   * Creates an exception for a field that breaks a rule.
   *
   * @param field the name of the field, for nested fields a path such as {@code
   *     lea[BESTRIJDEN_ONDERWIJSACHTERSTANDEN].redenenGeenOverleg}, not null
   * @param rule the rule that was broken, phrased to follow the field name, not null
   * @param value the offending value, null if the value was missing
   */
  public DomainValidationException(String field, String rule, Object value) {
    super(message(field, rule, value));
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = value == null ? null : String.valueOf(value);
  }

  private static String message(String field, String rule, Object value) {
    String shown;
    if (value == null) {
      shown = "null";
    } else if (value instanceof CharSequence) {
      shown = '"' + value.toString() + '"';
    } else {
      shown = String.valueOf(value);
    }
    return field + ": " + rule + ", was " + shown;
  }

  /**
   * Gets the name of the field that broke the rule.
   *
   * @return the field name or path, not null
   */
  public String field() {
    return field;
  }

  /**
   * Gets the rule that was broken.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Gets the offending value as text.
   *
   * @return the value's text, null if the value was missing
   */
  public String value() {
    return value;
  }
}
