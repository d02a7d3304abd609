package nl.lea.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.rapport.risico.Risicoanalyse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lea valideer FILE [--toezicht TOEZICHT]}: prints {@code geldig: N gemeenten} (with {@code ,
 * M beoordelingen}) or every error. A file that names {@code lea-herindelingen/1} or {@code
 * lea-cijfers/1} as its schema is checked as that format ({@code geldig: N herindelingen}, {@code
 * geldig: N cijfers}).
 */
@Command(name = "valideer", mixinStandardHelpOptions = true,
    description = "Controleert een vragenlijstdocument (en met --toezicht het toezichtdocument ertegen), of een "
        + "lea-herindelingen/1 of lea-cijfers/1 document, en meldt elke fout met zijn JSON Pointer.")
final class ValideerCommand implements Callable<Integer> {

  private static final String HERINDELINGEN = "lea-herindelingen/1";
  private static final String CIJFERS = "lea-cijfers/1";

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het lea-vragenlijst/1 of /2, lea-herindelingen/1 of lea-cijfers/1 document.")
  private Path bestand;

  @Mixin
  private ToezichtOption toezicht;

  @Override
  public Integer call() {
    if (toezicht.bestand != null) {
      Inputs.Toezichtinvoer in = Inputs.toezicht(bestand, toezicht.bestand, Risicoanalyse.standaard());
      spec.commandLine().getOut().println("geldig: " + in.vragenlijst().gemeenten().size() + " gemeenten, "
          + in.beoordelingen().beoordelingen().size() + " beoordelingen");
      spec.commandLine().getOut().flush();
      return 0;
    }
    String schema = Inputs.schema(bestand).orElse("");
    if (schema.equals(HERINDELINGEN)) {
      spec.commandLine().getOut().println("geldig: " + Inputs.herindelingen(bestand, false).herindelingen().size() + " herindelingen");
    } else if (schema.equals(CIJFERS)) {
      spec.commandLine().getOut().println("geldig: " + Inputs.cijfers(bestand, false).cijfers().size() + " cijfers");
    } else {
      Vragenlijst v = Inputs.vragenlijst(bestand, false);
      spec.commandLine().getOut().println("geldig: " + v.gemeenten().size() + " gemeenten");
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
