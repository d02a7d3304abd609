package nl.lea.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386) on lea's own JSON texts, and a printer in the style of the schema
 * files: the schema of {@code lea-vragenlijst/2} is that of version 1 with one patch applied, so
 * a field added to version 1 reaches version 2 by itself. Keys keep their order; a new key comes
 * after the old ones; {@code null} removes a key; an array replaces. Not API.
 */
public final class MergePatch {

  private MergePatch() {}

  /**
   * Applies a patch to a document and prints the result: two spaces per level, one member or
   * element per line, non-ASCII characters escaped, a final newline.
   *
   * @param document the JSON text, well-formed
   * @param patch the patch, a well-formed JSON object
   * @return the patched JSON text
   * @throws IllegalStateException if a text is not well-formed JSON (a broken build)
   */
  public static String apply(String document, String patch) {
    return print(merge(parse(document), parse(patch)));
  }

  /**
   * Prints a JSON text in the schema files' style (a round trip of a schema file is the file).
   *
   * @param json the JSON text, well-formed
   * @return the printed text
   */
  public static String print(String json) {
    return print(parse(json));
  }

  private static Node parse(String json) {
    Errors errors = new Errors();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Node n = Parsing.tree(bytes, 0, bytes.length, errors, 0);
    if (n == null || !errors.isEmpty()) {
      throw new IllegalStateException("not well-formed JSON: " + errors.list());
    }
    return n;
  }

  private static Node merge(Node doel, Node patch) {
    if (patch.kind() != Node.Kind.OBJECT) {
      return patch;
    }
    Map<String, Node> velden = new LinkedHashMap<>(doel != null && doel.kind() == Node.Kind.OBJECT ? doel.fields() : Map.of());
    for (Map.Entry<String, Node> e : patch.fields().entrySet()) {
      if (e.getValue().kind() == Node.Kind.NULL) {
        velden.remove(e.getKey());
      } else {
        velden.put(e.getKey(), merge(velden.get(e.getKey()), e.getValue()));
      }
    }
    return Node.object(velden);
  }

  private static String print(Node n) {
    StringBuilder b = new StringBuilder();
    print(n, 0, b);
    return b.append('\n').toString();
  }

  private static void print(Node n, int diepte, StringBuilder b) {
    switch (n.kind()) {
      case OBJECT -> {
        if (n.fields().isEmpty()) {
          b.append("{}");
          return;
        }
        b.append('{');
        List<Map.Entry<String, Node>> velden = new ArrayList<>(n.fields().entrySet());
        for (int i = 0; i < velden.size(); i++) {
          regel(b, diepte + 1);
          string(velden.get(i).getKey(), b);
          b.append(": ");
          print(velden.get(i).getValue(), diepte + 1, b);
          b.append(i < velden.size() - 1 ? "," : "");
        }
        regel(b, diepte);
        b.append('}');
      }
      case ARRAY -> {
        if (n.items().isEmpty()) {
          b.append("[]");
          return;
        }
        b.append('[');
        for (int i = 0; i < n.items().size(); i++) {
          regel(b, diepte + 1);
          print(n.items().get(i), diepte + 1, b);
          b.append(i < n.items().size() - 1 ? "," : "");
        }
        regel(b, diepte);
        b.append(']');
      }
      case STRING -> string(n.text(), b);
      case NULL -> b.append("null");
      default -> b.append(n.text());
    }
  }

  private static void regel(StringBuilder b, int diepte) {
    b.append('\n').append("  ".repeat(diepte));
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
