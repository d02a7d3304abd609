package nl.lea.jackson3;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Copies the value at a Jackson 3 parser's current token as JSON text, token by token and exactly
 * (numbers keep their integer or decimal form, repeated keys stay repeated, every character is kept), so that lea-json's own
 * strict reader judges it as it judges a document.
 */
final class Tokens {

  /** Pure ASCII out, so that no character (not even a lone surrogate) is lost on the way to bytes. */
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private Tokens() {}

  static String kopieer(JsonParser p) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      g.copyCurrentStructureExact(p);
    }
    return w.toString();
  }
}
