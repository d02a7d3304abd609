package nl.lea.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.publicatie.VergelijkingExcel;
import nl.lea.publicatie.VergelijkingHtml;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.render.VergelijkingRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lea vergelijk FILE… [--cijfers C] [--herindelingen H] [--formaat tekst|markdown|json|csv|html|xlsx] [--onderdruk K]
 * [--uitvoer F [--overschrijf]]}: the report's tables over the years (docs/jaren.md §4).
 */
@Command(name = "vergelijk", mixinStandardHelpOptions = true,
    description = "De tabellen van het rapport over de jaren: per rij de jaren naast elkaar, het verschil in procentpunten, "
        + "de overgangen per gemeente en het cohort.")
final class VergelijkCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "lea-vragenlijst/1 of /2 documenten van verschillende verslagjaren.")
  private List<Path> bestanden;

  @Option(names = "--cijfers", paramLabel = "C", description = "Gepubliceerde cijfers (lea-cijfers/1) voor jaren of rijen zonder document.")
  private Path cijfers;

  @Option(names = "--herindelingen", paramLabel = "H",
      description = "Herindelingen (lea-herindelingen/1); standaard die lea meelevert (herindelingen-nl.json).")
  private Path herindelingen;

  @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "tekst",
      description = "tekst (standaard), markdown, json (lea-vergelijking/1), csv, html (een zelfstandige pagina met grafieken) "
          + "of xlsx (Excel; met --uitvoer).")
  private String formaat;

  @Option(names = "--onderdruk", paramLabel = "K", description = "Onderdruk aantallen 0 < aantal < K (K >= 2).")
  private Integer onderdruk;

  @Option(names = "--uitvoer", paramLabel = "FILE", converter = Uitvoerpad.class, description = "Schrijf naar dit bestand (atomair) in plaats van naar stdout.")
  private Path uitvoer;

  @Option(names = "--overschrijf", description = "Vervang een bestaand --uitvoer bestand (standaard: nooit).")
  private boolean overschrijf;

  @Override
  public Integer call() {
    if (!FORMATEN.contains(formaat)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + formaat + "'; allowed: "
          + String.join(", ", FORMATEN));
    }
    if (formaat.equals("xlsx") && uitvoer == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--formaat xlsx needs --uitvoer FILE");
    }
    if (onderdruk != null && onderdruk < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--onderdruk needs K >= 2, was " + onderdruk);
    }
    if (overschrijf && uitvoer == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--overschrijf needs --uitvoer FILE");
    }
    List<Path> bronnen = new java.util.ArrayList<>(bestanden);
    java.util.stream.Stream.of(herindelingen, cijfers).filter(java.util.Objects::nonNull).forEach(bronnen::add);
    if (uitvoer != null) {
      OutputFile.controleer(uitvoer, overschrijf, bronnen);
    }
    Jaarinvoer invoer = new Jaarinvoer();
    bestanden.forEach(invoer::document);
    Vergelijking v = invoer.vergelijking(herindelingen, cijfers, null);
    Vergelijking klaar = onderdruk == null ? v : v.onderdruk(onderdruk);
    if (uitvoer != null) {
      OutputFile.schrijf(uitvoer, overschrijf, bronnen, out -> render(klaar, out));
      return 0;
    }
    try {
      render(klaar, Lea.stdout(spec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private static final List<String> FORMATEN = List.of("tekst", "markdown", "json", "csv", "html", "xlsx");

  /** Renders the comparison in the chosen format; the stream is flushed, not closed. */
  private void render(Vergelijking v, OutputStream out) throws IOException {
    if (formaat.equals("xlsx")) {
      VergelijkingExcel.render(v, out);
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    switch (formaat) {
      case "json" -> VergelijkingRenderer.json(v, w);
      case "markdown" -> VergelijkingRenderer.markdown(v, w);
      case "csv" -> VergelijkingRenderer.csv(v, w);
      case "html" -> VergelijkingHtml.render(v, w);
      default -> VergelijkingRenderer.tekst(v, w);
    }
    w.flush();
  }
}
