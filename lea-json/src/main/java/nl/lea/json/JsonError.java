package nl.lea.json;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * One problem found in a JSON document: where it is (a JSON Pointer, RFC 6901, and for malformed
 * JSON the line and column), what rule it breaks, and the offending value where there is one.
 *
 * <p>{@link #toString()} gives the line the command line prints: {@code
 * /gemeenten/17/vve/aanbod/kindplaatsen: must be an integer 0..1000000, was 1000001}; for
 * malformed JSON {@code line 3, column 7: malformed JSON: …}. A line of a {@code lea-peuters/1}
 * file is prefixed: {@code line 1207: /leeftijdInMaanden: …}.
 *
 * <p>This class is immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JsonError implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String message;
  private final String value;
  private final int line;
  private final int column;
  /** Whether a located error also has a real pointer (an oversized string), not only a prefix. */
  private final boolean metPointer;

  private JsonError(String pointer, String message, String value, int line, int column, boolean metPointer) {
    this.pointer = DomainValidationException.requireNonNull(pointer, "pointer");
    this.message = enkeleRegel(DomainValidationException.requireNonNull(message, "message"));
    this.value = value;
    this.line = line;
    this.column = column;
    this.metPointer = metPointer;
  }

  /**
   * Obtains an error at a JSON Pointer.
   *
   * <p>For example, {@code JsonError.at("/verslagjaar", "must be an integer 2000..2100", "1999")}.
   *
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document,
   *     possibly prefixed by {@code line N: }, not null
   * @param message the rule that is broken, not null
   * @param value the offending value as JSON text, null if there is none
   * @return the error, not null
   */
  public static JsonError at(String pointer, String message, String value) {
    return new JsonError(pointer, message, value, 0, 0, false);
  }

  /**
   * Obtains an error at a JSON Pointer that is also located at a line and column of the text, for
   * a value the parser had to stop at (a string beyond the length limit).
   *
   * @param pointer the JSON Pointer of the offending value, not null
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message the rule that is broken, not null
   * @return the error, not null
   */
  public static JsonError at(String pointer, int line, int column, String message) {
    return new JsonError(pointer, message, null, Math.max(1, line), Math.max(1, column), true);
  }

  /**
   * Obtains an error at a line and column of the text, for malformed JSON.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong, not null
   * @return the error, not null
   */
  public static JsonError atLocation(int line, int column, String message) {
    return new JsonError("", message, null, Math.max(1, line), Math.max(1, column), false);
  }

  /**
   * Keeps every message on one line, so that no output can look like a stack trace: control
   * characters (a key may hold any) are written as a JSON escape, such as {@code \\u000a}.
   */
  private static String enkeleRegel(String tekst) {
    StringBuilder b = null;
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      boolean stuur = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (stuur && b == null) {
        b = new StringBuilder(tekst.length() + 8).append(tekst, 0, i);
      }
      if (b != null) {
        if (stuur) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? tekst : b.toString();
  }

  /**
   * Gets the JSON Pointer of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document or for malformed JSON, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the rule that is broken, including the offending value where there is one.
   *
   * @return the message, one line, not null
   */
  public String message() {
    return message;
  }

  /**
   * Gets the offending value as JSON text.
   *
   * @return the value, empty for a missing field or malformed JSON
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Gets the line of malformed JSON.
   *
   * @return the line from 1, empty for errors located by pointer
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Gets the column of malformed JSON.
   *
   * @return the column from 1, empty for errors located by pointer
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * Returns this error with a prefix before its location, such as {@code line 12: }.
   *
   * @param prefix the prefix, not null
   * @return the prefixed error, not null
   */
  public JsonError withPrefix(String prefix) {
    DomainValidationException.requireNonNull(prefix, "prefix");
    return new JsonError(prefix + pointer, message, value, line, column, metPointer);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof JsonError)) {
      return false;
    }
    JsonError o = (JsonError) obj;
    return pointer.equals(o.pointer) && message.equals(o.message) && Objects.equals(value, o.value)
        && line == o.line && column == o.column && metPointer == o.metPointer;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message, value, line, column, metPointer);
  }

  /**
   * Outputs the error as one line: {@code POINTER: message}; for malformed JSON {@code line L,
   * column C: message}; for a value located both ways {@code POINTER (line L, column C): message}.
   * Control characters in the pointer (from a key) are written as JSON escapes ({@code
   * \\u000a}), so the output is always one line per error.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    String plek = enkeleRegel(pointer);
    if (metPointer) {
      return plek + " (line " + line + ", column " + column + "): " + message;
    }
    if (line != 0) {
      return plek + "line " + line + ", column " + column + ": " + message;
    }
    return plek + ": " + message;
  }
}
