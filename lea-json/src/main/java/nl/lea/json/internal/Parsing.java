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
    try (p) {
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
      JsonLocation l = p.currentLocation();
      errors.add(JsonError.atLocation(l.getLineNr() + regelVerschuiving, l.getColumnNr(), grens(e.getMessage())));
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      int regel = l == null ? 1 : l.getLineNr();
      int kolom = l == null ? 1 : l.getColumnNr();
      errors.add(JsonError.atLocation(regel + regelVerschuiving, kolom, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      errors.add(JsonError.atLocation(1 + regelVerschuiving, 1, "cannot read: " + e.getMessage()));
      return null;
    }
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
