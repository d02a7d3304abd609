package nl.lea.rapport.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import org.apiguardian.api.API;

/**
 * Renders a {@link Rapport} in one of the built-in formats: aligned text like the printed report,
 * Markdown, JSON ({@code lea-rapport/1}, docs/rapport.md) or CSV. Each format is one {@link
 * RapportFormaat}; this class picks it by the {@link Formaat}. For example:
 *
 * <pre>{@code
 * String tekst = RapportRenderer.render(Rapport.van(vragenlijst), Formaat.TEKST);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RapportRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-rapport/1";

  private RapportRenderer() {}

  /**
   * Renders a report to a string.
   *
   * @param rapport the report, not null
   * @param formaat the format, not null
   * @return the rendering, not null
   */
  public static String render(Rapport rapport, Formaat formaat) {
    StringWriter w = new StringWriter();
    render(rapport, formaat, w);
    return w.toString();
  }

  /**
   * Renders a report to a writer, which is not flushed or closed.
   *
   * @param rapport the report, not null
   * @param formaat the format, not null
   * @param out where the rendering goes, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Rapport rapport, Formaat formaat, Writer out) {
    DomainValidationException.requireNonNull(rapport, "rapport");
    DomainValidationException.requireNonNull(formaat, "formaat");
    DomainValidationException.requireNonNull(out, "out");
    try {
      RapportFormaat.van(formaat.naam()).orElseThrow().render(rapport, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
