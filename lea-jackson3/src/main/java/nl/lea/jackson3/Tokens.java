package nl.lea.jackson3;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nl.lea.json.JsonError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Copies the value at a Jackson 3 parser's current token as JSON text, token by token and exactly
 * (numbers keep their integer or decimal form, repeated keys stay repeated, every character is
 * kept), so that lea-json's own strict reader judges it as it judges a document; and remembers
 * where each token stood in the request, so that an error lea's reader places in the copy (an
 * oversized string, the nesting limit) is reported at the request's line and column.
 */
final class Tokens {

  /** Pure ASCII out, so that no character (not even a lone surrogate) is lost on the way to bytes. */
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** The copy, and per token its first column in the copy (one line) and its place in the request. */
  record Kopie(String tekst, List<int[]> plekken) {

    /**
     * An error of lea's reader on the copy, at the request's place: a line and column of the copy
     * become those of the token they fall in.
     */
    JsonError inVerzoek(JsonError fout) {
      if (fout.line().isEmpty() || fout.line().getAsInt() != 1 || plekken.isEmpty()) {
        return fout;
      }
      int kolom = fout.column().orElse(1);
      int[] plek = plekken.get(0);
      for (int[] p : plekken) {
        if (p[0] <= kolom) {
          plek = p;
        } else {
          break;
        }
      }
      if (plek[1] < 1 || plek[2] < 1) {
        return fout;
      }
      return JsonError.at(fout.pointer(), plek[1], plek[2], fout.message());
    }
  }

  private Tokens() {}

  static Kopie kopieer(JsonParser p) {
    StringWriter w = new StringWriter();
    List<int[]> plekken = new ArrayList<>();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      int diepte = 0;
      JsonToken t = p.currentToken();
      while (t != null) {
        g.flush();
        int voor = w.getBuffer().length();
        TokenStreamLocation l = p.currentTokenLocation();
        g.copyCurrentEventExact(p);
        g.flush();
        StringBuffer b = w.getBuffer();
        // The token begins after the separator the generator wrote before it, if any.
        int begin = voor < b.length() && (b.charAt(voor) == ',' || b.charAt(voor) == ':') ? voor + 1 : voor;
        plekken.add(new int[] {begin + 1, l == null ? -1 : l.getLineNr(), l == null ? -1 : l.getColumnNr()});
        if (t.isStructStart()) {
          diepte++;
        } else if (t.isStructEnd()) {
          diepte--;
        }
        if (diepte == 0) {
          break;
        }
        t = p.nextToken();
      }
    }
    return new Kopie(w.toString(), List.copyOf(plekken));
  }
}
