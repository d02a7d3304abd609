package nl.lea.rapport.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/** The plumbing the renderers share: rendering to a string, and the json-or-csv dispatch. */
final class Uitvoer {

  /** Writes one rendering. */
  @FunctionalInterface
  interface Schrijver {
    void schrijf(Writer out) throws IOException;
  }

  private Uitvoer() {}

  static String alsTekst(Consumer<Writer> render) {
    StringWriter w = new StringWriter();
    render.accept(w);
    return w.toString();
  }

  /** Runs the JSON or the CSV writer; any other format is an {@link IllegalArgumentException}. */
  static void jsonOfCsv(Formaat formaat, String wat, Writer out, Schrijver json, Schrijver csv) {
    try {
      if (formaat == Formaat.JSON) {
        json.schrijf(out);
      } else if (formaat == Formaat.CSV) {
        csv.schrijf(out);
      } else {
        throw new IllegalArgumentException(wat + " renders as json or csv, not " + formaat.naam());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
