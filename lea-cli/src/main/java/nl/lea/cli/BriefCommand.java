package nl.lea.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.core.Gemeentecode;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.rapport.Gemeenteprofielen;
import nl.lea.json.JsonError;
import nl.lea.rapport.render.BriefRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
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
    Gemeenteprofielen profielen = Gemeenteprofielen.of(in.vragenlijst()).metToezicht(in.beoordelingen());
    if (doel.gemeente != null) {
      Gemeentecode code;
      try {
        code = Gemeentecode.of(doel.gemeente);
      } catch (nl.lea.core.DomainValidationException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--gemeente: " + e.getMessage());
      }
      if (in.vragenlijst().gemeenten().stream().noneMatch(a -> a.gemeente().code().equals(code))) {
        throw new InvalidInputException("", List.of(JsonError.at("--gemeente",
            "is not a gemeente of " + vragenlijst.getFileName() + ", was \"" + code + "\"", "\"" + code + "\"")));
      }
      spec.commandLine().getOut().print(BriefRenderer.render(profielen.profiel(code)));
      spec.commandLine().getOut().flush();
      return 0;
    }
    List<Gemeenteprofiel> alle = profielen.alle();
    OutputFile.schrijfMap(doel.map, overschrijf, List.of(vragenlijst, toezicht), alle.stream().map(p -> p.antwoord().gemeente().code() + ".md").toList(),
        i -> out -> out.write(BriefRenderer.render(alle.get(i)).getBytes(StandardCharsets.UTF_8)));
    spec.commandLine().getOut().println(alle.size() + " brieven geschreven in " + doel.map);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
