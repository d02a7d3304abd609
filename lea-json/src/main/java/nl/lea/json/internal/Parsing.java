package nl.lea.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import nl.lea.json.JsonError;

/**
 * The strict Jackson parser setup shared by every reader, and the checks on raw bytes that come
 * before it (size, byte-order mark, UTF-16/32). Not API.
 */
public final class Parsing {

  /** The largest document: 64 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
  /** The deepest nesting of arrays and objects. */
  public static final int MAX_DEPTH = 64;
  /** The longest string, in characters. */
  public static final int MAX_STRING = 100_000;

  public static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNameLength(MAX_STRING)
          .maxNumberLength(1_000)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .build())
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  private Parsing() {}

  /**
   * Checks the raw bytes of a document or line: no byte-order mark, not UTF-16 or UTF-32.
   *
   * @return the error, or null if the bytes may be UTF-8
   */
  public static JsonError codering(byte[] bytes, int offset, int length, int regel) {
    if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB && (bytes[offset + 2] & 0xFF) == 0xBF) {
      return JsonError.atLocation(regel, 1, "the document must be UTF-8 without a byte-order mark");
    }
    if (length >= 2) {
      int a = bytes[offset] & 0xFF;
      int b = bytes[offset + 1] & 0xFF;
      if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || a == 0 || b == 0) {
        return JsonError.atLocation(regel, 1, "the document must be UTF-8 (this looks like UTF-16 or UTF-32)");
      }
    }
    return null;
  }

  /**
   * Parses one complete JSON value from bytes into a tree; anything but whitespace after it is an
   * error. Malformed JSON or an exceeded limit becomes one error with its line and column.
   *
   * @param regelVerschuiving added to the parser's line numbers (for a line of a JSON Lines file)
   * @return the tree, or null after reporting the error
   */
  public static Node tree(byte[] bytes, int offset, int length, Errors errors, int regelVerschuiving) {
    return tree(bytes, offset, length, errors, regelVerschuiving, "");
  }

  /**
   * Parses one complete JSON value like {@link #tree(byte[], int, int, Errors, int)}, for a value
   * that sits at {@code pointer} of a larger document (as in a Jackson module).
   */
  public static Node tree(byte[] bytes, int offset, int length, Errors errors, int regelVerschuiving, String pointer) {
    JsonParser p;
    try {
      p = FACTORY.createParser(bytes, offset, length);
    } catch (IOException e) {
      errors.add(JsonError.atLocation(1 + regelVerschuiving, 1, "cannot read: " + e.getMessage()));
      return null;
    }
    int voor = errors.size();
    try (p) {
      try {
        if (p.nextToken() == null) {
          errors.add(JsonError.atLocation(1 + regelVerschuiving, 1, "malformed JSON: no value"));
          return null;
        }
        Node root = TreeReader.read(p, pointer, errors);
        JsonToken daarna;
        try {
          daarna = p.nextToken();
        } catch (JsonProcessingException e) {
          daarna = JsonToken.NOT_AVAILABLE;
        }
        if (daarna != null) {
          JsonLocation l = p.currentTokenLocation();
          errors.terugNaar(voor);
          errors.add(JsonError.atLocation(l.getLineNr() + regelVerschuiving, l.getColumnNr(),
              "malformed JSON: nothing but whitespace may follow the top-level value"));
          return null;
        }
        return root;
      } catch (TreeReader.TeLangeTekst e) {
        JsonLocation l = e.locatie;
        errors.add(JsonError.at(e.pointer, (l == null ? 1 : l.getLineNr()) + regelVerschuiving, l == null ? 1 : l.getColumnNr(), e.bericht));
        return null;
      } catch (StreamConstraintsException e) {
        // Where the parser stopped, while it is still open: the place the limit was broken.
        JsonLocation l = p.currentLocation();
        errors.terugNaar(voor);
        errors.add(JsonError.atLocation(l.getLineNr() + regelVerschuiving, l.getColumnNr(), grens(e.getMessage())));
        return null;
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        int regel = l == null ? 1 : l.getLineNr();
        int kolom = l == null ? 1 : l.getColumnNr();
        // One error for malformed JSON: what the parser noticed before it (a duplicate key) is dropped.
        errors.terugNaar(voor);
        String bericht = String.valueOf(e.getOriginalMessage());
        if (bericht.startsWith("Non-standard token '")) {
          // The parser stands after the word: the error is where it begins.
          kolom = Math.max(1, kolom - tekenreeks(bericht).length() + 2);
        }
        errors.add(JsonError.atLocation(regel + regelVerschuiving, kolom, "malformed JSON: " + woorden(bericht)));
        return null;
      }
    } catch (IOException e) {
      errors.add(JsonError.atLocation(1 + regelVerschuiving, 1, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  /**
   * A parser's complaint in the project's words: what is wrong at that place, without the parser's
   * internals (its source description, its feature switches).
   */
  public static String woorden(String jackson) {
    String m = String.valueOf(jackson);
    // The character the parser stopped at: 'x', or a control character as U+000A.
    java.util.regex.Matcher teken = java.util.regex.Pattern
        .compile("^Unexpected character \\((?:'(.{1,2})' \\(code \\d+\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)").matcher(m);
    String gevonden = !teken.find() ? null : teken.group(1) != null ? "'" + teken.group(1) + "'"
        : String.format("U+%04X", Integer.parseInt(teken.group(2)));
    if (m.startsWith("Unexpected end-of-input")) {
      java.util.regex.Matcher begin = java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)").matcher(m);
      String waar = begin.find() ? " opened at line " + begin.group(1) + ", column " + begin.group(2) : "";
      if (m.contains("Array")) {
        return "the document ends before the array" + waar + " is closed with ']'";
      }
      if (m.contains("Object")) {
        return "the document ends before the object" + waar + " is closed with '}'";
      }
      return m.contains("String") || m.contains("string") ? "the document ends inside a string" : "the document ends too early";
    }
    if (m.startsWith("Non-standard token")) {
      return tekenreeks(m) + " is not a JSON value (NaN and Infinity are not allowed)";
    }
    if (m.startsWith("Unrecognized token")) {
      return "unknown word " + tekenreeks(m) + ": a value is a string in double quotes, a number, an array, an object, true, "
          + "false or null";
    }
    if (gevonden != null) {
      if (m.contains("in numeric value")) {
        return "a number is not written as JSON allows (a digit must follow '-', '.' and 'e'), found " + gevonden;
      }
      if (m.contains("comma to separate Object entries")) {
        return "expected ',' or '}' after a field, found " + gevonden;
      }
      if (m.contains("comma to separate Array entries")) {
        return "expected ',' or ']' after a value, found " + gevonden;
      }
      if (m.contains("double-quote to start field name")) {
        return "expected a field name in double quotes, found " + gevonden;
      }
      if (m.contains("colon to separate field name and value")) {
        return "expected ':' after a field name, found " + gevonden;
      }
      if (m.contains("expected a value") || m.contains("expected a valid value")) {
        return "expected a value, found " + gevonden;
      }
      if (m.contains("close marker")) {
        return "a closing bracket does not match its opening one, found " + gevonden;
      }
      if (m.contains("maybe a (non-standard) comment")) {
        return "comments are not allowed in JSON, found " + gevonden;
      }
      return "unexpected " + gevonden;
    }
    if (m.startsWith("Illegal character ((CTRL-CHAR")) {
      java.util.regex.Matcher c = java.util.regex.Pattern.compile("code (\\d+)").matcher(m);
      return "a control character (U+" + (c.find() ? String.format("%04X", Integer.parseInt(c.group(1))) : "?")
          + ") may not stand between values; only space, tab and line breaks may";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "a control character inside a string must be escaped (\\n, \\t, \\u0000)";
    }
    if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
      return "the document is not valid UTF-8";
    }
    if (m.contains("Leading zeroes not allowed") || m.contains("Invalid numeric value")) {
      return "a number is not written as JSON allows";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "an escape in a string is not one JSON allows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
    }
    // Anything else: the parser's sentence without its internals.
    return m.replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(a control character)").replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "'$1'")
        .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "").replaceAll("\\[Source:[^\\]]*\\]", "")
        .replaceAll(":?\\s*enable `[^`]*` to allow", "").replaceAll("`([^`]*)`", "$1").replaceAll("JsonReadFeature\\.\\w+", "")
        .strip();
  }

  /** The first quoted token of a parser message, {@code 'tru'}. */
  private static String tekenreeks(String m) {
    java.util.regex.Matcher t = java.util.regex.Pattern.compile("'([^']{0,40})'").matcher(m);
    return t.find() ? "'" + t.group(1) + "'" : "a word";
  }

  /** The limit a document broke, in the project's words. */
  private static String grens(String jackson) {
    String m = String.valueOf(jackson);
    if (m.contains("nesting depth")) {
      return "the document nests arrays and objects deeper than " + MAX_DEPTH;
    }
    if (m.contains("Number value length")) {
      return "a number is longer than 1000 characters";
    }
    if (m.contains("Document length")) {
      return "the document is larger than 64 MiB";
    }
    if (m.contains("Name length")) {
      return "a key is longer than " + MAX_STRING + " characters";
    }
    return "a limit of the format is exceeded";
  }

}
