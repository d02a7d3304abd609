package nl.lea.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        while (p.nextToken() == JsonToken.FIELD_NAME) {
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
        return Node.scalar(Node.Kind.STRING, p.getText());
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
