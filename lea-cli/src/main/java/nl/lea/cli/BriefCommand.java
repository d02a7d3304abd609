package nl.lea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.rapport.render.BriefRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lea brief VRAGENLIJST TOEZICHT (--gemeente CODE | --map DIR) [--overschrijf]}: the draft
 * letters of the waarborgtoezicht, one to stdout or one Markdown file per gemeente.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "De conceptbrief aan een gemeente over het waarborgtoezicht (Markdown): een brief naar stdout, "
        + "of een bestand CODE.md per gemeente in een map.")
final class BriefCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VRAGENLIJST", description = "Het lea-vragenlijst/1 document.")
  private Path vragenlijst;

  @Parameters(index = "1", paramLabel = "TOEZICHT", description = "Het lea-toezicht/1 document van hetzelfde verslagjaar.")
  private Path toezicht;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Doel doel;

  @Option(names = "--overschrijf", description = "Overschrijf bestaande brieven in de map (standaard: nooit).")
  private boolean overschrijf;

  /** One letter or all of them. */
  static final class Doel {
    @Option(names = "--gemeente", paramLabel = "CODE", required = true, description = "De gemeentecode, zoals GM0014: die brief naar stdout.")
    String gemeente;

    @Option(names = "--map", paramLabel = "DIR", required = true, description = "Schrijf een brief CODE.md per gemeente in deze map.")
    Path map;
  }

  @Override
  public Integer call() {
    Risicoanalyse analyse = Risicoanalyse.standaard();
    Inputs.Toezichtinvoer in = Inputs.toezicht(vragenlijst, toezicht, analyse);
    List<Toezichtuitkomst> uitkomsten = Toezicht.beoordeel(in.vragenlijst(), in.beoordelingen(), analyse);
    if (doel.gemeente != null) {
      Gemeentecode code = Gemeentecode.of(doel.gemeente);
      Toezichtuitkomst u = uitkomsten.stream().filter(x -> x.gemeente().code().equals(code)).findFirst()
          .orElseThrow(() -> new InvalidInputException("", List.of(JsonError.at("--gemeente",
              "is not a gemeente of " + vragenlijst.getFileName() + ", was \"" + code + "\"", "\"" + code + "\""))));
      spec.commandLine().getOut().print(BriefRenderer.render(in.vragenlijst(), u));
      spec.commandLine().getOut().flush();
      return 0;
    }
    schrijfMap(in.vragenlijst(), uitkomsten);
    return 0;
  }

  /** Writes every letter, each atomically; refuses before writing anything if a letter exists. */
  private void schrijfMap(Vragenlijst v, List<Toezichtuitkomst> uitkomsten) {
    Path map = doel.map;
    try {
      Files.createDirectories(map);
    } catch (IOException e) {
      throw new UncheckedIOException(map + ": cannot create the directory: " + e.getMessage(), e);
    }
    if (!overschrijf) {
      List<JsonError> bestaand = new ArrayList<>();
      for (Toezichtuitkomst u : uitkomsten) {
        Path doelbestand = map.resolve(u.gemeente().code() + ".md");
        if (Files.exists(doelbestand)) {
          bestaand.add(JsonError.at(doelbestand.toString(), "exists; give --overschrijf to replace it", null));
        }
      }
      if (!bestaand.isEmpty()) {
        throw new InvalidInputException("", bestaand);
      }
    }
    for (Toezichtuitkomst u : uitkomsten) {
      String brief = BriefRenderer.render(v, u);
      OutputFile.schrijf(map.resolve(u.gemeente().code() + ".md"), overschrijf,
          out -> out.write(brief.getBytes(StandardCharsets.UTF_8)));
    }
    spec.commandLine().getOut().println(uitkomsten.size() + " brieven geschreven in " + map);
    spec.commandLine().getOut().flush();
  }
}
