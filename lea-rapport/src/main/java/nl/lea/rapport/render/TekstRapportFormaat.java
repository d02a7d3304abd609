package nl.lea.rapport.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * A format of the report that is text: it renders to a {@link Writer}, and as a {@link
 * RapportFormaat} writes that text as UTF-8. lea's text formats ({@code tekst}, {@code markdown},
 * {@code json}, {@code csv}, {@code html}) extend it, and so may an application's. For example:
 *
 * <pre>{@code
 * StringWriter w = new StringWriter();
 * ((TekstRapportFormaat) RapportFormaat.of("markdown").orElseThrow()).render(rapport, w);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public abstract class TekstRapportFormaat implements RapportFormaat {

  /** Creates the format. */
  protected TekstRapportFormaat() {}

  /**
   * Renders a report as text to a writer, which is not flushed or closed.
   *
   * @param rapport the report, not null
   * @param out where the text goes, not null
   * @throws IOException if writing fails
   */
  public abstract void render(Rapport rapport, Writer out) throws IOException;

  /**
   * Renders a report as UTF-8 text to a stream, which is flushed but not closed.
   *
   * @param rapport the report, not null
   * @param out where the bytes go, not null
   * @throws IOException if writing fails
   */
  @Override
  public final void render(Rapport rapport, OutputStream out) throws IOException {
    DomainValidationException.requireNonNull(rapport, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    render(rapport, w);
    w.flush();
  }

  /**
   * Renders a report with each row's previous value and verschil as text to a writer, which is not
   * flushed or closed (see {@link RapportFormaat#render(Rapport, Vergelijking, OutputStream)}). lea's
   * formats override it; this default refuses.
   *
   * @param rapport the report, not null
   * @param vorigeJaren the comparison ending in the report's year, not null
   * @param out where the text goes, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null, the comparison does not end in the
   *     report's year, or the format cannot show earlier years
   */
  public void render(Rapport rapport, Vergelijking vorigeJaren, Writer out) throws IOException {
    VorigeJaren.controleer(rapport, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    throw new DomainValidationException("formaat", "cannot show earlier years", naam());
  }

  /**
   * Renders a report with each row's previous value and verschil as UTF-8 text to a stream, which
   * is flushed but not closed.
   *
   * @param rapport the report, not null
   * @param vorigeJaren the comparison ending in the report's year, not null
   * @param out where the bytes go, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null, the comparison does not end in the
   *     report's year, or the format cannot show earlier years
   */
  @Override
  public final void render(Rapport rapport, Vergelijking vorigeJaren, OutputStream out) throws IOException {
    VorigeJaren.controleer(rapport, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    render(rapport, vorigeJaren, w);
    w.flush();
  }
}
