package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.lea.rapport.Rapport;
import org.apiguardian.api.API;

/**
 * One output format of the national report. The built-in formats are {@code tekst}, {@code
 * markdown}, {@code json} ({@code lea-rapport/1}) and {@code csv}; a module that provides this
 * interface as a service (on the class path in {@code META-INF/services}, on the module path with
 * {@code provides}) adds its own, such as HTML or Excel, and {@link #van(String)} finds it by name.
 * For example:
 *
 * <pre>{@code
 * RapportFormaat markdown = RapportFormaat.van("markdown").orElseThrow();
 * markdown.render(Rapport.van(vragenlijst), writer);
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe. Every table is rendered from its rows, so
 * a table added to the report's registry needs nothing here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RapportFormaat {

  /**
   * Gets the name of the format, as on the command line.
   *
   * @return the lower-case name, such as {@code tekst}, not null
   */
  String naam();

  /**
   * Renders a report to a writer, which is not flushed or closed.
   *
   * @param rapport the report, not null
   * @param out where the rendering goes, not null
   * @throws IOException if writing fails
   */
  void render(Rapport rapport, Writer out) throws IOException;

  /**
   * Lists every available format: the built-in ones, then those provided as services.
   *
   * @return the formats, not null
   */
  static List<RapportFormaat> alle() {
    List<RapportFormaat> formaten = new ArrayList<>(List.of(new TekstFormaat(), new MarkdownFormaat(), new JsonFormaat(), new CsvFormaat()));
    ServiceLoader.load(RapportFormaat.class).forEach(formaten::add);
    return formaten;
  }

  /**
   * Finds a format by its name.
   *
   * @param naam the name, such as {@code json}, not null
   * @return the format, empty if none has that name
   */
  static Optional<RapportFormaat> van(String naam) {
    nl.lea.core.DomainValidationException.requireNonNull(naam, "naam");
    return alle().stream().filter(f -> f.naam().equals(naam)).findFirst();
  }
}
