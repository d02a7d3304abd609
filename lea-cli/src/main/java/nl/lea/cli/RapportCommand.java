package nl.lea.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.lea.rapport.Rapport;
import java.io.IOException;
import java.util.stream.Collectors;
import java.io.UncheckedIOException;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.risico.Risicoanalyse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code lea rapport FILE [--toezicht TOEZICHT] [--formaat tekst|markdown|json|csv|html|xlsx] [--onderdruk K]
 * [--uitvoer FILE [--overschrijf]]}.
 */
@Command(name = "rapport", mixinStandardHelpOptions = true,
    description = "Berekent alle tabellen van het landelijk rapport uit een vragenlijstdocument.")
final class RapportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het lea-vragenlijst/1 document.")
  private Path bestand;

  @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "tekst",
      description = "tekst (standaard), markdown, json, csv, html (een zelfstandige pagina) of xlsx (Excel; met --uitvoer).")
  private String formaat;

  @Option(names = "--uitvoer", paramLabel = "FILE",
      description = "Schrijf naar dit bestand in plaats van naar stdout (atomair; nodig voor xlsx).")
  private Path uitvoer;

  @Option(names = "--overschrijf", description = "Vervang een bestaand --uitvoer bestand (standaard: nooit).")
  private boolean overschrijf;

  @Option(names = "--onderdruk", paramLabel = "K",
      description = "Onderdruk aantallen tussen 0 en K (K >= 2); sommen, gemiddelden en noemers blijven zichtbaar.")
  private Integer onderdruk;

  @Mixin
  private ToezichtOption toezicht;

  @Override
  public Integer call() {
    if (onderdruk != null && onderdruk < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--onderdruk needs K >= 2, was " + onderdruk);
    }
    RapportFormaat gekozen = RapportFormaat.of(formaat).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "formaat: is unknown; allowed: " + RapportFormaat.alle().stream().map(RapportFormaat::naam)
            .collect(Collectors.joining(", ")) + "; was " + formaat));
    if (!gekozen.isTekst() && uitvoer == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--formaat " + formaat + " needs --uitvoer FILE");
    }
    if (uitvoer != null) {
      OutputFile.controleer(uitvoer, overschrijf);
    }
    Rapport rapport;
    if (toezicht.bestand == null) {
      rapport = Rapport.van(Inputs.vragenlijst(bestand, false));
    } else {
      Inputs.Toezichtinvoer in = Inputs.toezicht(bestand, toezicht.bestand, Risicoanalyse.standaard());
      rapport = Rapport.van(in.vragenlijst(), in.beoordelingen());
    }
    if (onderdruk != null) {
      rapport = rapport.onderdruk(onderdruk);
    }
    Rapport klaar = rapport;
    if (uitvoer != null) {
      OutputFile.schrijf(uitvoer, overschrijf, out -> gekozen.render(klaar, out));
      return 0;
    }
    try {
      gekozen.render(rapport, Lea.stdout(spec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
