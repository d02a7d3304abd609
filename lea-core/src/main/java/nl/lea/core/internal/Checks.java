package nl.lea.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.lea.core.DomainValidationException;
import nl.lea.core.DomainValidationException.Violation;

/**
 * Argument checks shared by the lea value types; every failure is a {@link
 * DomainValidationException} naming field, rule and value. Not API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks that a value is present.
   *
   * @param <T> the type of the value
   * @param value the value, may be null
   * @param field the name of the field, not null
   * @return the value, not null
   * @throws DomainValidationException if the value is null
   */
  public static <T> T notNull(T value, String field) {
    return DomainValidationException.requireNonNull(value, field);
  }

  /**
   * Checks that a collection and each of its elements are present.
   *
   * @param <C> the type of the collection
   * @param values the collection, may be null
   * @param field the name of the field, not null
   * @return the collection, not null
   * @throws DomainValidationException if the collection or one of its elements is null
   */
  public static <C extends Collection<?>> C noNulls(C values, String field) {
    return DomainValidationException.requireNoNulls(values, field);
  }

  /**
   * Checks that a map and each of its keys and values are present.
   *
   * @param <M> the type of the map
   * @param values the map, may be null
   * @param field the name of the field, not null
   * @return the map, not null
   * @throws DomainValidationException if the map, a key or a value is null
   */
  public static <M extends Map<?, ?>> M noNulls(M values, String field) {
    notNull(values, field);
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      notNull(entry.getKey(), field + " key");
      notNull(entry.getValue(), field + "[" + entry.getKey() + "]");
    }
    return values;
  }

  /**
   * Checks that an integer lies in a closed range.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param field the name of the field, not null
   * @return the value
   * @throws DomainValidationException if the value is outside {@code min..max}
   */
  public static int inRange(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new DomainValidationException(field, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  /**
   * Checks a free text: present, with a non-blank character, and at most {@code max} characters.
   *
   * @param value the text, may be null
   * @param max the largest allowed length
   * @param field the name of the field, not null
   * @return the text as given, not null
   * @throws DomainValidationException if the text is null, blank or too long
   */
  public static String tekst(String value, int max, String field) {
    notNull(value, field);
    DomainValidationException.throwIfAny(DomainValidationException.under(field, tekstViolations(value, max)));
    return value;
  }

  /**
   * Lists the violations of a free text's rules: a non-blank character ({@link #isBlank}), at most
   * {@code max} characters counted in code points (an emoji is one). The field of each violation is the text itself ({@code ""}).
   *
   * @param value the text, null if unknown (no violation)
   * @param max the largest allowed length
   * @return the violations, possibly empty, not null
   */
  public static List<Violation> tekstViolations(String value, int max) {
    if (value == null) {
      return List.of();
    }
    if (isBlank(value)) {
      return List.of(Violation.of("", "must contain a non-blank character", value));
    }
    int lengte = value.codePointCount(0, value.length());
    if (lengte > max) {
      return List.of(Violation.ofField("", "must be at most " + max + " characters long (" + lengte + ")",
          value.substring(0, value.offsetByCodePoints(0, Math.min(60, lengte))) + "…"));
    }
    return List.of();
  }

  /**
   * Checks whether a text is blank: empty, or only white space, Unicode space separators (such as
   * the no-break space U+00A0) and NEL included, the same white space the {@code anders} texts are
   * trimmed of. {@link String#isBlank()} does not count those.
   *
   * @param value the text, not null
   * @return true if it has no visible character
   */
  public static boolean isBlank(String value) {
    return value.codePoints().allMatch(Checks::witruimte);
  }

  /** The longest {@code anders} text, in code points after trimming (docs/jaarverantwoording.md rule 14). */
  public static final int MAX_ANDERS = 1000;

  /**
   * Lists the violations of an object's {@code anders} texts (docs/jaarverantwoording.md rule 14):
   * each key names one of the object's reasons fields, that field holds {@code ANDERS}, and the
   * text has 1..{@value #MAX_ANDERS} code points after trimming Unicode whitespace, without
   * control characters other than newline. The field of each violation is {@code anders[KEY]}.
   *
   * @param anders the texts by reasons field, null if unknown (no violation)
   * @param redenen the object's reasons fields by name, in the object's order; a value null if
   *     unknown
   * @return the violations, possibly empty, not null
   */
  public static List<Violation> andersViolations(Map<String, String> anders, Map<String, ? extends Collection<?>> redenen) {
    if (anders == null) {
      return List.of();
    }
    List<Violation> lijst = new ArrayList<>();
    for (Map.Entry<String, String> e : anders.entrySet()) {
      String veld = "anders" + Violation.key(e.getKey());
      if (!redenen.containsKey(e.getKey())) {
        lijst.add(Violation.ofField(veld, "must name a reasons field of this object ("
            + String.join(", ", redenen.keySet()) + ")", e.getKey()));
        continue;
      }
      Collection<?> gekozen = redenen.get(e.getKey());
      if (gekozen != null && gekozen.stream().noneMatch(r -> r instanceof Enum<?> c && c.name().equals("ANDERS"))) {
        lijst.add(Violation.ofField(veld, "allowed only when " + e.getKey() + " contains ANDERS", e.getValue()));
        continue;
      }
      lijst.addAll(DomainValidationException.under(veld, andersTekstViolations(e.getValue())));
    }
    return List.copyOf(lijst);
  }

  /** The text without leading and trailing Unicode whitespace (the no-break spaces included). */
  private static String kern(String tekst) {
    int begin = 0;
    int eind = tekst.length();
    while (begin < eind && witruimte(tekst.codePointAt(begin))) {
      begin += Character.charCount(tekst.codePointAt(begin));
    }
    while (eind > begin && witruimte(tekst.codePointBefore(eind))) {
      eind -= Character.charCount(tekst.codePointBefore(eind));
    }
    return tekst.substring(begin, eind);
  }

  private static boolean witruimte(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  private static List<Violation> andersTekstViolations(String tekst) {
    if (tekst == null) {
      return List.of();
    }
    String kern = kern(tekst);
    int lengte = kern.codePointCount(0, kern.length());
    if (lengte == 0) {
      return List.of(Violation.of("", "must contain a non-blank character", tekst));
    }
    if (lengte > MAX_ANDERS) {
      return List.of(Violation.ofField("", "must be at most " + MAX_ANDERS + " characters long (" + lengte + ")",
          kern.substring(0, kern.offsetByCodePoints(0, 60)) + "…"));
    }
    if (tekst.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n')) {
      return List.of(Violation.ofField("", "must not contain control characters other than newline", tekst));
    }
    return List.of();
  }

  /**
   * Lists the repeats in a list of values: each value equal to an earlier one, at its index, with
   * a reference to the first occurrence. Null elements are unknown and skipped.
   *
   * @param <T> the type of the values
   * @param values the values, not null
   * @param field the field of the value at an index, such as {@code i -> "gemeenten[" + i + "].code"}
   * @param reference the path of the first occurrence, such as {@code i -> "gemeenten[" + i + "]"}
   * @param rule the rule, followed by the reference, such as {@code "repeats the gemeente code of"}
   * @return the violations, possibly empty, not null
   */
  public static <T> List<Violation> herhalingen(List<T> values, IntFunction<String> field, IntFunction<String> reference,
      String rule) {
    List<Violation> violations = new ArrayList<>();
    Map<T, Integer> gezien = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        continue;
      }
      Integer eerste = gezien.putIfAbsent(value, i);
      if (eerste != null) {
        violations.add(Violation.of(field.apply(i), rule, value).withReference(reference.apply(eerste)));
      }
    }
    return List.copyOf(violations);
  }
}
