package nl.lea.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.lea.core.vragenlijst.Vragenlijst;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea valideer FILE}: prints {@code geldig: N gemeenten} or every error. */
@Command(name = "valideer", mixinStandardHelpOptions = true,
    description = "Controleert een vragenlijstdocument en meldt elke fout met zijn JSON Pointer.")
final class ValideerCommando implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het lea-vragenlijst/1 document.")
  private Path bestand;

  @Override
  public Integer call() {
    Vragenlijst v = Invoer.vragenlijst(bestand, false);
    spec.commandLine().getOut().println("geldig: " + v.gemeenten().size() + " gemeenten");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
