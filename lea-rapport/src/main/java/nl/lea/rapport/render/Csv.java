package nl.lea.rapport.render;

import java.io.IOException;
import java.util.List;

/** Writes RFC 4180 CSV lines. */
final class Csv {

  private Csv() {}

  static void regel(Appendable out, List<String> velden) throws IOException {
    for (int i = 0; i < velden.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = velden.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append("\r\n");
  }
}
