package nl.lea.cli;

import java.util.concurrent.Callable;
import nl.lea.json.LeaSchema;
import nl.lea.rapport.risico.Risicoanalyse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea schema vragenlijst|vragenlijst/1|peuters|toezicht}: prints the JSON Schema of a format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Drukt het JSON Schema (draft 2020-12) van een formaat af: vragenlijst (versie 2, de jaarverantwoording), "
        + "vragenlijst/1, peuters (een regel) of toezicht.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FORMAAT", description = "vragenlijst, vragenlijst/1, peuters of toezicht.")
  private String formaat;

  @Override
  public Integer call() {
    LeaSchema schema = LeaSchema.of(formaat).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "Unknown format '" + formaat + "'; allowed: " + String.join(", ", LeaSchema.namen())));
    // The toezicht schema lists the codes of the rules the command line uses.
    spec.commandLine().getOut().print(schema.tekst(Risicoanalyse.standaard()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
