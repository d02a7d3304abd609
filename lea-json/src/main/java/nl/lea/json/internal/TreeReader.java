package nl.lea.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Node} tree from a Jackson streaming parser, reporting duplicate keys (at the
 * pointer of the second occurrence) instead of failing or silently keeping one. Nesting depth,
 * string length and document size are bounded by the parser's {@code StreamReadConstraints}. Not
 * API.
 */
public final class TreeReader {

  private TreeReader() {}

  /**
   * A string beyond the length limit: the parser stops there, so it is the document's one error,
   * located by its pointer and its line and column.
   */
  static final class TeLangeTekst extends IOException {
    private static final long serialVersionUID = 1L;
    final String pointer;
    final String bericht;
    final transient JsonLocation locatie;

    TeLangeTekst(String pointer, String bericht, JsonLocation locatie) {
      super(pointer, null);
      this.pointer = pointer;
      this.bericht = bericht;
      this.locatie = locatie;
    }
  }

  /** The next token; a key beyond the length limit is located at the object that holds it. */
  private static JsonToken volgende(JsonParser p, String pointer) throws IOException {
    try {
      return p.nextToken();
    } catch (StreamConstraintsException e) {
      if (e.getMessage() != null && e.getMessage().contains("Name length")) {
        throw new TeLangeTekst(pointer, "has a key longer than " + Parsing.MAX_STRING + " characters", p.currentLocation());
      }
      throw e;
    }
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param p the parser, positioned on the first token of the value
   * @param pointer the JSON Pointer of the value
   * @param errors where duplicate keys are reported
   * @return the value, not null
   * @throws IOException if the JSON is malformed or a limit is exceeded
   */
  public static Node read(JsonParser p, String pointer, Errors errors) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (volgende(p, pointer) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          String kindPointer = Pointer.child(pointer, name);
          Node value = read(p, kindPointer, errors);
          if (fields.containsKey(name)) {
            errors.add(kindPointer, "duplicate key \"" + name + "\" in one object", null);
          } else {
            fields.put(name, value);
          }
        }
        return Node.object(fields);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, Pointer.child(pointer, i++), errors));
        }
        return Node.array(items);
      }
      case VALUE_STRING:
        try {
          return Node.scalar(Node.Kind.STRING, p.getText());
        } catch (StreamConstraintsException e) {
          throw new TeLangeTekst(pointer, "must be at most " + Parsing.MAX_STRING + " characters long", p.currentTokenLocation());
        }
      case VALUE_NUMBER_INT:
        return Node.scalar(Node.Kind.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT:
        return Node.scalar(Node.Kind.DECIMAL, p.getText());
      case VALUE_TRUE:
        return Node.scalar(Node.Kind.BOOLEAN, "true");
      case VALUE_FALSE:
        return Node.scalar(Node.Kind.BOOLEAN, "false");
      case VALUE_NULL:
        return Node.scalar(Node.Kind.NULL, "null");
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
    }
  }
}
