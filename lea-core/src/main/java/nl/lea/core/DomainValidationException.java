package nl.lea.core;

import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1")
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

  /**
   * Checks that an argument is present, the way every lea type does.
   *
   * <p>For example, {@code this.indicatie = DomainValidationException.requireNonNull(indicatie,
   * "indicatie");}
   *
   * @param <T> the type of the value
   * @param value the value, may be null
   * @param field the name of the field or parameter, not null
   * @return the value, not null
   * @throws DomainValidationException if the value is null ({@code field: is required, was null})
   */
  public static <T> T requireNonNull(T value, String field) {
    if (value == null) {
      throw new DomainValidationException(field, "is required", null);
    }
    return value;
  }

  /**
   * Checks that a collection and each of its elements are present.
   *
   * @param <C> the type of the collection
   * @param values the collection, may be null
   * @param field the name of the field or parameter, not null
   * @return the collection, not null
   * @throws DomainValidationException if the collection or one of its elements is null (the
   *     field is then {@code field[index]})
   */
  public static <C extends Iterable<?>> C requireNoNulls(C values, String field) {
    requireNonNull(values, field);
    int index = 0;
    for (Object value : values) {
      if (value == null) {
        throw new DomainValidationException(field + "[" + index + "]", "is required", null);
      }
      index++;
    }
    return values;
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
