package nl.lea.rapport.render;

import java.io.IOException;
import java.util.List;

/** Writes CSV lines, every field through {@link Escape#csv}. */
final class Csv {

  private Csv() {}

  static void regel(Appendable out, List<String> velden) throws IOException {
    for (int i = 0; i < velden.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(Escape.csv(velden.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Writes a line of typed cells: a number as it is (a negative number is not a formula, so it
   * keeps its sign unprefixed), a boolean as {@code true}/{@code false}, null as an empty field, a
   * text through {@link Escape#csv}.
   */
  static void waarden(Appendable out, List<?> velden) throws IOException {
    for (int i = 0; i < velden.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = velden.get(i);
      if (v instanceof java.math.BigDecimal d) {
        out.append(d.toPlainString());
      } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
        out.append(v.toString());
      } else if (v != null) {
        out.append(Escape.csv((String) v));
      }
    }
    out.append("\r\n");
  }

  /** A count as a cell of {@link #waarden}: the number, or null for an empty field. */
  static Object getal(java.util.OptionalLong n) {
    return n.isPresent() ? (Object) n.getAsLong() : null;
  }

  /** A count as a cell of {@link #waarden}: the number, or null for an empty field. */
  static Object getal(java.util.OptionalInt n) {
    return n.isPresent() ? (Object) (long) n.getAsInt() : null;
  }
}
