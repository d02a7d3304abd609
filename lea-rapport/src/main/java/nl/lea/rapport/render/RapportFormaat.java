package nl.lea.rapport.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * One output format of the national report, writing bytes: text formats ({@link
 * TekstRapportFormaat}) write UTF-8, others (Excel) their own bytes. Every format, lea's own
 * included, is a service: lea-rapport provides {@code tekst}, {@code markdown}, {@code json}
 * ({@code lea-rapport/1}) and {@code csv}; lea-publicatie {@code html} and {@code xlsx}; a module of
 * an application that provides this interface (on the class path in {@code META-INF/services}, on
 * the module path with {@code provides}) adds its own, and {@link #of(String)} finds it by name.
 * For example:
 *
 * <pre>{@code
 * RapportFormaat markdown = RapportFormaat.of("markdown").orElseThrow();
 * markdown.render(Rapport.van(vragenlijst), System.out);
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe, and have a public no-argument constructor.
 * Every table is rendered from its rows, so a table added to the report's registry needs nothing
 * here.
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
   * Checks if the rendering is text that may go to a terminal.
   *
   * @return true for UTF-8 text (the default), false for a binary format such as xlsx
   */
  default boolean isTekst() {
    return true;
  }

  /**
   * Renders a report to a stream, which is flushed but not closed.
   *
   * @param rapport the report, not null
   * @param out where the rendering goes, not null
   * @throws IOException if writing fails
   */
  void render(Rapport rapport, OutputStream out) throws IOException;

  /**
   * Renders a report with, for each row, its value in the previous year and the verschil, as
   * {@code ./lea rapport FILE --vorig F…} does (docs/jaren.md §4): the comparison must end in the
   * report's year, so its rows give those two figures. lea's six formats add them as columns (JSON:
   * the members {@code vorigJaar}, {@code vorig}, {@code verschil}, {@code noemerGewijzigd}, and the
   * document's {@code vorigeJaren} and {@code cohort}); a format that cannot show them keeps this
   * default, which refuses rather than leave them out. The stream is flushed but not closed. For
   * example:
   *
   * <pre>{@code
   * Vergelijking v = Vergelijking.van(List.of(v2021, v2022), LeaJson.herindelingenNl(), Cijfers.geen());
   * RapportFormaat.of("markdown").orElseThrow().render(Rapport.van(v2022), v, System.out);
   * }</pre>
   *
   * @param rapport the report, not null
   * @param vorigeJaren the comparison over the report's document and earlier ones, not null
   * @param out where the rendering goes, not null
   * @throws IOException if writing fails
   * @throws DomainValidationException if an argument is null, the comparison does not end in the
   *     report's year, or the format cannot show earlier years
   */
  default void render(Rapport rapport, Vergelijking vorigeJaren, OutputStream out) throws IOException {
    VorigeJaren.controleer(rapport, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    throw new DomainValidationException("formaat", "cannot show earlier years", naam());
  }

  /**
   * Lists every available format: lea-rapport's own first, then those of other modules.
   *
   * @return the formats, not null
   */
  static List<RapportFormaat> alle() {
    List<RapportFormaat> formaten = new ArrayList<>();
    ServiceLoader.load(RapportFormaat.class, RapportFormaat.class.getClassLoader()).forEach(formaten::add);
    if (RapportFormaat.class.getModule().isNamed()) {
      // On the module path, the application's modules too.
      ServiceLoader.load(RapportFormaat.class).forEach(f -> {
        if (formaten.stream().noneMatch(g -> g.getClass() == f.getClass())) {
          formaten.add(f);
        }
      });
    }
    formaten.sort(Comparator.comparing(f -> !f.getClass().getPackageName().equals(RapportFormaat.class.getPackageName())));
    return List.copyOf(formaten);
  }

  /**
   * Finds a format by its name.
   *
   * @param naam the name, such as {@code json}, not null
   * @return the format, empty if none has that name
   */
  static Optional<RapportFormaat> of(String naam) {
    DomainValidationException.requireNonNull(naam, "naam");
    return alle().stream().filter(f -> f.naam().equals(naam)).findFirst();
  }
}
