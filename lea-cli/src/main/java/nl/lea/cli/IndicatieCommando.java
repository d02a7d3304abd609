package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.Peuterregister;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.PeuterReader;
import nl.lea.rapport.render.IndicatieRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code lea indicatie PEUTERS.jsonl --definitie EXPR [--formaat json|csv]}: streams a toddler
 * register and counts, per gemeente, the doelgroep under the definition and how many attend ve.
 */
@Command(name = "indicatie", mixinStandardHelpOptions = true,
    description = "Telt per gemeente de doelgroeppeuters en bereikte doelgroeppeuters onder een doelgroepdefinitie, uit een lea-peuters/1 register.")
final class IndicatieCommando implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PEUTERS.jsonl", description = "Het lea-peuters/1 register (JSON Lines).")
  private Path bestand;

  @Option(names = "--definitie", paramLabel = "EXPR", required = true,
      description = "Clausules gescheiden door |, indicatoren in een clausule door &, bijv. 'THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS'.")
  private String expressie;

  @Mixin
  private JsonOfCsv uitvoer;

  @Override
  public Integer call() {
    Doelgroepdefinitie definitie;
    try {
      definitie = Doelgroepdefinitie.parse(expressie);
    } catch (DomainValidationException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--definitie: " + e.rule() + " (in '" + expressie + "')");
    }
    Indicatie indicatie = Indicatie.van(definitie);
    Peuterregister.Teller teller = new Peuterregister.Teller();
    try (InputStream in = Files.newInputStream(bestand); PeuterReader reader = PeuterReader.of(in)) {
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        teller.add(p.get(), indicatie);
      }
      if (!reader.errors().isEmpty()) {
        throw new OngeldigeInvoer(bestand + ": ", reader.errors());
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(bestand + ": cannot read: no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + e.getMessage(), e);
    }
    IndicatieRenderer.render(definitie, teller.resultaat(), uitvoer.formaat, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
