package nl.lea.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.rapport.render.RisicoRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea risico FILE [--formaat json|csv]}: per gemeente the risk category and fired rules. */
@Command(name = "risico", mixinStandardHelpOptions = true,
    description = "Voert de risicoanalyse uit: per gemeente de categorie en de regels die afgingen.")
final class RisicoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het lea-vragenlijst/1 document.")
  private Path bestand;

  @Mixin
  private JsonOrCsvOption uitvoer;

  @Override
  public Integer call() {
    Vragenlijst v = Inputs.vragenlijst(bestand, false);
    RisicoRenderer.render(v.verslagjaar(), Risicoanalyse.standaard().profielen(v), uitvoer.formaat, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
