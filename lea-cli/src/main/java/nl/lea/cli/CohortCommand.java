package nl.lea.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.bereik.Cohort;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.publicatie.CohortHtml;
import nl.lea.rapport.render.Formaat;
import nl.lea.rapport.render.CohortRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea cohort FILE FILE… [--formaat json|csv|html]}: report Figuur 1.4. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
    description = "Het cohort van Figuur 1.4: gemeenten die in elk jaar alle drie aantallen aanleverden, en per jaar de sommen.")
final class CohortCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "lea-vragenlijst/1 documenten van verschillende verslagjaren.")
  private List<Path> bestanden;

  @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "json",
      description = "json (standaard), csv of html (een zelfstandige pagina met Figuur 1.4).")
  private String formaat;

  @Override
  public Integer call() {
    if (!List.of("json", "csv", "html").contains(formaat)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + formaat + "'; allowed: json, csv, html");
    }
    List<Vragenlijst> documenten = new ArrayList<>();
    List<JsonError> fouten = new ArrayList<>();
    for (Path bestand : bestanden) {
      try {
        documenten.add(Inputs.vragenlijst(bestand, true));
      } catch (InvalidInputException e) {
        // Report the errors of every file, not only those of the first bad one.
        e.fouten().forEach(f -> fouten.add(f.withPrefix(e.voorvoegsel())));
      } catch (java.io.UncheckedIOException e) {
        fouten.add(JsonError.at(bestand.toString(), "cannot read: " + ErrorHandler.oorzaak(e), null));
      }
    }
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
    Cohort cohort = Cohort.van(documenten);
    if (formaat.equals("html")) {
      try {
        CohortHtml.render(cohort, spec.commandLine().getOut());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else {
      CohortRenderer.render(cohort, Formaat.of(formaat), spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
