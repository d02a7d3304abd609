package nl.lea.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.lea.rapport.render.ToezichtRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.toezicht.Toezicht;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea toezicht VRAGENLIJST TOEZICHT [--formaat json|csv]}: the judged waarborgtoezicht per gemeente. */
@Command(name = "toezicht", mixinStandardHelpOptions = true,
    description = "Het waarborgtoezicht per gemeente: regels die afgingen, aanvaarde toelichtingen, signalen, "
        + "categorie voor en na beoordeling en de afhandeling per domein.")
final class ToezichtCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VRAGENLIJST", description = "Het lea-vragenlijst/1 document.")
  private Path vragenlijst;

  @Parameters(index = "1", paramLabel = "TOEZICHT", description = "Het lea-toezicht/1 document van hetzelfde verslagjaar.")
  private Path toezicht;

  @Mixin
  private JsonOrCsvOption uitvoer;

  @Override
  public Integer call() {
    Risicoanalyse analyse = Risicoanalyse.standaard();
    Inputs.Toezichtinvoer in = Inputs.toezicht(vragenlijst, toezicht, analyse);
    ToezichtRenderer.render(in.vragenlijst().verslagjaar(), Toezicht.beoordeel(in.vragenlijst(), in.beoordelingen(), analyse),
        uitvoer.formaat, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
