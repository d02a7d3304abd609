package nl.lea.cli;

import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.render.VergelijkingRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lea vergelijk FILE… [--cijfers C] [--herindelingen H] [--formaat tekst|json] [--onderdruk K]
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

  @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "tekst", description = "tekst (standaard) of json.")
  private String formaat;

  @Option(names = "--onderdruk", paramLabel = "K", description = "Onderdruk aantallen 0 < aantal < K (K >= 2).")
  private Integer onderdruk;

  @Option(names = "--uitvoer", paramLabel = "FILE", description = "Schrijf naar dit bestand (atomair) in plaats van naar stdout.")
  private Path uitvoer;

  @Option(names = "--overschrijf", description = "Vervang een bestaand --uitvoer bestand (standaard: nooit).")
  private boolean overschrijf;

  @Override
  public Integer call() {
    if (!List.of("tekst", "json").contains(formaat)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + formaat + "'; allowed: tekst, json");
    }
    if (onderdruk != null && onderdruk < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--onderdruk needs K >= 2, was " + onderdruk);
    }
    if (uitvoer != null) {
      OutputFile.controleer(uitvoer, overschrijf);
    }
    List<Vragenlijst> documenten = new ArrayList<>();
    List<JsonError> fouten = new ArrayList<>();
    Map<Verslagjaar, Path> jaren = new HashMap<>();
    for (Path bestand : bestanden) {
      try {
        Vragenlijst v = Inputs.vragenlijstMetBasisnaam(bestand);
        Path eerder = jaren.putIfAbsent(v.verslagjaar(), bestand);
        if (eerder != null) {
          fouten.add(JsonError.at("/verslagjaar", "is also the verslagjaar of " + Inputs.basisnaam(eerder).replace(": ", "")
              + ", was " + v.verslagjaar(), v.verslagjaar().toString()).withPrefix(Inputs.basisnaam(bestand)));
        } else {
          documenten.add(v);
        }
      } catch (InvalidInputException e) {
        // Report the errors of every file, not only those of the first bad one.
        e.fouten().forEach(f -> fouten.add(f.withPrefix(e.voorvoegsel())));
      } catch (UncheckedIOException e) {
        fouten.add(JsonError.at(bestand.toString(), "cannot read: " + ErrorHandler.oorzaak(e), null));
      }
    }
    Herindelingen h = herindelingen == null ? LeaJson.herindelingenNl() : lees(fouten, herindelingen, () -> Inputs.herindelingen(herindelingen, true));
    Cijfers c = cijfers == null ? Cijfers.geen() : lees(fouten, cijfers, () -> Inputs.cijfersZonderRegister(cijfers));
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
    Vergelijking v;
    try {
      v = Vergelijking.van(documenten, h, c);
    } catch (DomainValidationException e) {
      // The published figures against the registry and the documents: each error at its figure.
      throw new InvalidInputException(cijfers == null ? "" : Inputs.basisnaam(cijfers), e.violations().stream().map(Inputs::fout).toList());
    }
    Vergelijking klaar = onderdruk == null ? v : v.onderdruk(onderdruk);
    if (uitvoer != null) {
      OutputFile.schrijf(uitvoer, overschrijf, out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        render(klaar, w);
        w.flush();
      });
      return 0;
    }
    render(klaar, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private void render(Vergelijking v, Writer w) {
    if (formaat.equals("json")) {
      VergelijkingRenderer.json(v, w);
    } else {
      VergelijkingRenderer.tekst(v, w);
    }
  }

  /** Reads one more input, adding its errors to those of the others. */
  private static <T> T lees(List<JsonError> fouten, Path bestand, java.util.function.Supplier<T> lezer) {
    try {
      return lezer.get();
    } catch (InvalidInputException e) {
      e.fouten().forEach(f -> fouten.add(f.withPrefix(e.voorvoegsel())));
      return null;
    } catch (UncheckedIOException e) {
      fouten.add(JsonError.at(bestand.toString(), "cannot read: " + ErrorHandler.oorzaak(e), null));
      return null;
    }
  }
}
