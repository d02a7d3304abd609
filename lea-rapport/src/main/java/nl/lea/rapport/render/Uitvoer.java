package nl.lea.rapport.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import nl.lea.core.DomainValidationException;

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

  /** Runs the JSON or the CSV writer; any other format is a {@link DomainValidationException}. */
  static void jsonOfCsv(Formaat formaat, String wat, Writer out, Schrijver json, Schrijver csv) {
    try {
      if (formaat == Formaat.JSON) {
        json.schrijf(out);
      } else if (formaat == Formaat.CSV) {
        csv.schrijf(out);
      } else {
        throw new DomainValidationException("formaat", wat + " renders as json or csv", formaat.naam());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
