package nl.lea.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Thrown when a value violates a rule of the LEA/vve domain.
 *
 * <p>Every lea value type validates itself on construction and throws this exception for an
 * invalid argument, including a missing ({@code null}) one. A value breaks one or more rules at a
 * time: each is a {@link Violation} with the field (a path such as {@code inhoud[1].gebied}), the
 * rule and the offending value, and {@link #violations()} lists them all. The message is the first
 * violation, for example {@code code: must be "GM" followed by four digits 0-9, was "GM12"}, followed
 * by the others after {@code "; "}; {@link #field()}, {@link #rule()} and {@link #value()} are the
 * first violation's parts.
 *
 * <p>This exception is an {@link IllegalArgumentException}, so callers that already handle bad
 * arguments need nothing new.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class DomainValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 2L;

  /** The violations, at least one. */
  private final List<Violation> violations;

  /**
   * Creates an exception for a field that breaks a rule.
   *
   * @param field the name of the field, for nested fields a path such as {@code
   *     lea[BESTRIJDEN_ONDERWIJSACHTERSTANDEN].redenenGeenOverleg}, not null
   * @param rule the rule that was broken, phrased to follow the field name, not null
   * @param value the offending value, null if the value was missing
   */
  public DomainValidationException(String field, String rule, Object value) {
    this(List.of(Violation.of(field, rule, value)));
  }

  /**
   * Creates an exception for one or more violations of a value's rules.
   *
   * @param violations the violations, in the order found, not empty, not null
   * @throws IllegalArgumentException if the list is empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public DomainValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: must not be empty");
    }
    StringBuilder b = new StringBuilder();
    for (Violation v : violations) {
      b.append(b.length() == 0 ? "" : "; ").append(Objects.requireNonNull(v, "violation"));
    }
    return b.toString();
  }

  /**
   * Throws the violations, if there are any.
   *
   * <p>For example, a value type's check ends with {@code
   * DomainValidationException.throwIfAny(violations(…));}
   *
   * @param violations the violations found, possibly empty, not null
   * @throws DomainValidationException with every violation, if the list is not empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
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

  /**
   * Gets every rule the value broke.
   *
   * @return the violations, in the order found, at least one, not null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Gets the name of the field that broke the (first) rule.
   *
   * @return the field name or path, not null
   */
  public String field() {
    return violations.get(0).field();
  }

  /**
   * Gets the (first) rule that was broken.
   *
   * @return the rule, not null
   */
  public String rule() {
    return violations.get(0).rule();
  }

  /**
   * Gets the offending value of the (first) violation as text.
   *
   * @return the value's text, null if the value was missing
   */
  public String value() {
    return violations.get(0).value();
  }

  /**
   * One broken rule: the field, the rule and the offending value.
   *
   * <p>The field is a path relative to the value that checked the rule, in the notation of Java
   * accessors: names joined by {@code .}, indices and map keys in brackets, such as {@code
   * gemeenten[2].gemeente.code} or {@code contact[LEA]}; {@link #pointer()} gives the same path as a
   * JSON Pointer. A rule may refer to another field ({@code "repeats the gemeente code of
   * gemeenten[0]"}): that path is kept apart ({@link #reference()}) so that a reader can name it
   * as a pointer too.
   *
   * <p>A violation either rejects the value itself, which a document reader then repeats as the
   * document wrote it ({@link #repeatsValue()}, from {@link #of}), or the field as a whole — a set
   * that must be empty, a text too long to repeat — which a reader names without its value ({@link
   * #ofField}). The exception message always shows the value.
   *
   * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
   * ==}.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Violation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String reference;
    private final String value;
    private final String shown;
    private final boolean repeatsValue;

    private Violation(String field, String rule, String reference, String value, String shown, boolean repeatsValue) {
      this.field = Objects.requireNonNull(field, "field");
      this.rule = Objects.requireNonNull(rule, "rule");
      this.reference = reference;
      this.value = value;
      this.shown = shown;
      this.repeatsValue = repeatsValue;
    }

    /**
     * Obtains a violation that rejects the value itself.
     *
     * <p>For example, {@code Violation.of("uitkomst", "is not allowed for TOELEIDING",
     * VveUitkomst.NIET_NODIG)}.
     *
     * @param field the field's path, not null
     * @param rule the rule, phrased to follow the field name, not null
     * @param value the offending value, null if it was missing
     * @return the violation, not null
     */
    public static Violation of(String field, String rule, Object value) {
      return new Violation(field, rule, null, tekst(value), shown(value), true);
    }

    /**
     * Obtains a violation of the field as a whole, whose value a document reader does not repeat.
     *
     * <p>For example, {@code Violation.ofField("redenenGeenOverleg", "allowed only when overleg is
     * false", redenen)}.
     *
     * @param field the field's path, not null
     * @param rule the rule, phrased to follow the field name, not null
     * @param value the offending value, null if it was missing
     * @return the violation, not null
     */
    public static Violation ofField(String field, String rule, Object value) {
      return new Violation(field, rule, null, tekst(value), shown(value), false);
    }

    private static String tekst(Object value) {
      return value == null ? null : String.valueOf(value);
    }

    private static String shown(Object value) {
      if (value == null) {
        return "null";
      }
      return value instanceof CharSequence ? '"' + value.toString() + '"' : String.valueOf(value);
    }

    /**
     * Returns this violation with a reference to another field, which the rule's text ends with.
     *
     * <p>For example, {@code Violation.of("gemeenten[2].gemeente.code", "repeats the gemeente code
     * of", code).withReference("gemeenten[0]")} reads {@code … repeats the gemeente code of
     * gemeenten[0]}.
     *
     * @param path the path of the field referred to, relative to the same value as the field, not
     *     null
     * @return the violation, not null
     */
    public Violation withReference(String path) {
      return new Violation(field, rule, Objects.requireNonNull(path, "path"), value, shown, repeatsValue);
    }

    /**
     * Returns this violation as seen from an enclosing value: the field and the reference prefixed
     * with a path.
     *
     * <p>For example, {@code Violation.of("uitkomst", …).under("vve.toeleiding")} has the field
     * {@code vve.toeleiding.uitkomst}, and under {@code "gemeenten[3]"} a field {@code [0].code}
     * becomes {@code gemeenten[3][0].code}.
     *
     * @param path the path of this violation's value inside the enclosing one, not null
     * @return the violation, not null
     */
    public Violation under(String path) {
      Objects.requireNonNull(path, "path");
      return new Violation(join(path, field), rule, reference == null ? null : join(path, reference), value, shown,
          repeatsValue);
    }

    private static String join(String path, String field) {
      if (path.isEmpty()) {
        return field;
      }
      return field.isEmpty() || field.startsWith("[") ? path + field : path + "." + field;
    }

    /**
     * Gets the field's path.
     *
     * @return the path, such as {@code inhoud[1].gebied}, not null
     */
    public String field() {
      return field;
    }

    /**
     * Gets the field's path as a JSON Pointer (RFC 6901) relative to the value that checked the rule.
     *
     * <p>For example, {@code inhoud[1].gebied} gives {@code /inhoud/1/gebied} and {@code
     * contact[LEA]} gives {@code /contact/LEA}.
     *
     * @return the pointer, empty for the value itself, not null
     */
    public String pointer() {
      return pointer(field);
    }

    /**
     * Gets the rule, with the field it refers to (if any) at its end.
     *
     * @return the rule, not null
     */
    public String rule() {
      return reference == null ? rule : rule + " " + reference;
    }

    /**
     * Gets the rule with the field it refers to (if any) named by a function of its JSON Pointer.
     *
     * <p>For example, a reader passes {@code p -> "/gemeenten/7" + p}… to name the field in the
     * document: {@code repeats the gemeente code of /gemeenten/0}.
     *
     * @param naming the name of a field from its relative JSON Pointer, not null
     * @return the rule, not null
     */
    public String rule(UnaryOperator<String> naming) {
      return reference == null ? rule : rule + " " + naming.apply(pointer(reference));
    }

    /**
     * Gets the path of the field the rule refers to.
     *
     * @return the path, null if the rule refers to no other field
     */
    public String reference() {
      return reference;
    }

    /**
     * Gets the offending value as text.
     *
     * @return the value's text, null if the value was missing
     */
    public String value() {
      return value;
    }

    /**
     * Checks if a document reader repeats the offending value as the document wrote it.
     *
     * @return true for a violation of the value itself ({@link #of}), false for one of the field as
     *     a whole ({@link #ofField})
     */
    public boolean repeatsValue() {
      return repeatsValue;
    }

    /**
     * Converts a path such as {@code a.b[2].c} or {@code contact[LEA]} to {@code /a/b/2/c}; within
     * brackets every character is literal but a backslash and {@code ]}, which a backslash escapes
     * ({@link #key(String)}).
     */
    private static String pointer(String path) {
      StringBuilder b = new StringBuilder();
      StringBuilder segment = new StringBuilder();
      boolean binnen = false;
      for (int i = 0; i < path.length(); i++) {
        char c = path.charAt(i);
        if (binnen && c == '\\' && i + 1 < path.length()) {
          segment.append(path.charAt(++i));
        } else if (binnen && c != ']') {
          segment.append(c);
        } else if (c == '.' || c == '[') {
          binnen = c == '[';
          if (segment.length() > 0) {
            b.append('/').append(escape(segment));
            segment.setLength(0);
          }
        } else if (c == ']') {
          b.append('/').append(escape(segment));
          segment.setLength(0);
          binnen = false;
        } else {
          segment.append(c);
        }
      }
      if (segment.length() > 0) {
        b.append('/').append(escape(segment));
      }
      return b.toString();
    }

    /**
     * Writes a map key as a path segment, {@code [key]}, escaping a backslash and {@code ]}: for
     * a key that may hold any character, such as a key of an {@code anders} object.
     *
     * @param key the key, not null
     * @return the segment, not null
     */
    public static String key(String key) {
      return "[" + Objects.requireNonNull(key, "key").replace("\\", "\\\\").replace("]", "\\]") + "]";
    }

    private static String escape(CharSequence segment) {
      return segment.toString().replace("~", "~0").replace("/", "~1");
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Violation v && v.field.equals(field) && v.rule.equals(rule)
          && Objects.equals(v.reference, reference) && Objects.equals(v.value, value) && v.shown.equals(shown)
          && v.repeatsValue == repeatsValue;
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, rule, reference, value, repeatsValue);
    }

    /**
     * Gives the violation as {@code field: rule, was value}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return field + ": " + rule() + ", was " + shown;
    }
  }

  /**
   * Lists violations as seen from an enclosing value.
   *
   * @param path the path of the violations' value inside the enclosing one, not null
   * @param violations the violations, not null
   * @return the violations with {@link Violation#under(String)} applied, not null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static List<Violation> under(String path, Collection<Violation> violations) {
    List<Violation> lijst = new ArrayList<>(violations.size());
    violations.forEach(v -> lijst.add(v.under(path)));
    return List.copyOf(lijst);
  }
}
