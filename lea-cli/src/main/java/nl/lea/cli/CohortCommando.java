package nl.lea.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.bereik.Cohort;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.rapport.render.CohortRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lea cohort FILE FILE… [--formaat json|csv]}: report Figuur 1.4. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
    description = "Het cohort van Figuur 1.4: gemeenten die in elk jaar alle drie aantallen aanleverden, en per jaar de sommen.")
final class CohortCommando implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "lea-vragenlijst/1 documenten van verschillende verslagjaren.")
  private List<Path> bestanden;

  @Mixin
  private JsonOfCsv uitvoer;

  @Override
  public Integer call() {
    List<Vragenlijst> documenten = new ArrayList<>();
    List<JsonError> fouten = new ArrayList<>();
    for (Path bestand : bestanden) {
      try {
        documenten.add(Invoer.vragenlijst(bestand, true));
      } catch (OngeldigeInvoer e) {
        // Report the errors of every file, not only those of the first bad one.
        e.fouten().forEach(f -> fouten.add(f.withPrefix(e.voorvoegsel())));
      } catch (java.io.UncheckedIOException e) {
        fouten.add(JsonError.at(bestand.toString(), "cannot read: " + Fouten.oorzaak(e), null));
      }
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoer("", fouten);
    }
    CohortRenderer.render(Cohort.van(documenten), uitvoer.formaat, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
