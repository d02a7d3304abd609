package nl.lea.json.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that keeps what the domain rules need and a generic tree loses: whether a
 * number was written as an integer, its exact text, and the location. Not API.
 */
public final class Node {

  /** The kind of JSON value. */
  public enum Kind {
    OBJECT("an object"), ARRAY("an array"), STRING("a string"), INTEGER("an integer"),
    DECIMAL("a number with a fraction or exponent"), BOOLEAN("a boolean"), NULL("null");

    final String omschrijving;

    Kind(String omschrijving) {
      this.omschrijving = omschrijving;
    }
  }

  private final Kind kind;
  private final String text;
  private final Map<String, Node> fields;
  private final List<Node> items;

  private Node(Kind kind, String text, Map<String, Node> fields, List<Node> items) {
    this.kind = kind;
    this.text = text;
    this.fields = fields;
    this.items = items;
  }

  static Node object(Map<String, Node> fields) {
    return new Node(Kind.OBJECT, null, Collections.unmodifiableMap(fields), List.of());
  }

  static Node array(List<Node> items) {
    return new Node(Kind.ARRAY, null, Map.of(), Collections.unmodifiableList(items));
  }

  static Node scalar(Kind kind, String text) {
    return new Node(kind, text, Map.of(), List.of());
  }

  public Kind kind() {
    return kind;
  }

  /** The string value, the number as written, {@code true}/{@code false}, or {@code null}. */
  public String text() {
    return text;
  }

  public Map<String, Node> fields() {
    return fields;
  }

  public List<Node> items() {
    return items;
  }

  /**
   * The value at a JSON Pointer relative to this one, such as {@code /inhoud/1/gebied}.
   *
   * @param pointer the relative pointer, {@code ""} for this value
   * @return the value, null if there is none there
   */
  public Node at(String pointer) {
    Node n = this;
    if (pointer.isEmpty()) {
      return n;
    }
    for (String deel : pointer.substring(1).split("/", -1)) {
      String naam = deel.replace("~1", "/").replace("~0", "~");
      if (n.kind == Kind.OBJECT) {
        n = n.fields.get(naam);
      } else if (n.kind == Kind.ARRAY && naam.matches("0|[1-9][0-9]{0,8}") && Integer.parseInt(naam) < n.items.size()) {
        n = n.items.get(Integer.parseInt(naam));
      } else {
        return null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** The value as short JSON text, for error messages. */
  public String toJson() {
    switch (kind) {
      case STRING:
        String s = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      case OBJECT:
        return "{…}";
      case ARRAY:
        return "[…]";
      case NULL:
        return "null";
      default:
        return text;
    }
  }

  String omschrijving() {
    return kind.omschrijving;
  }
}
