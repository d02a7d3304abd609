package nl.lea.rapport.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import nl.lea.core.DomainValidationException;

/** The plumbing the renderers share: rendering to a string, and the json-or-csv dispatch. */
final class Output {

  /** Writes one rendering. */
  @FunctionalInterface
  interface Writing {
    void schrijf(Writer out) throws IOException;
  }

  private Output() {}

  static String alsTekst(Consumer<Writer> render) {
    StringWriter w = new StringWriter();
    render.accept(w);
    return w.toString();
  }

  /** Runs the JSON or the CSV writer. */
  static void jsonOfCsv(Formaat formaat, Writer out, Writing json, Writing csv) {
    DomainValidationException.requireNonNull(formaat, "formaat");
    DomainValidationException.requireNonNull(out, "out");
    Writing schrijver = switch (formaat) {
      case JSON -> json;
      case CSV -> csv;
    };
    try {
      // The writers go a character at a time: buffer them, whatever the caller's writer does.
      Writer buffer = out instanceof java.io.BufferedWriter || out instanceof StringWriter ? out : new java.io.BufferedWriter(out, 1 << 14);
      schrijver.schrijf(buffer);
      buffer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
