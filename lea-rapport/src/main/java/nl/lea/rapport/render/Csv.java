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
}
