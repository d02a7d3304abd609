package nl.lea.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.rapport.Vergelijking;
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
 * {@code lea rapport FILE [--toezicht TOEZICHT] [--vorig F… [--herindelingen H] [--cijfers C]]
 * [--formaat tekst|markdown|json|csv|html|xlsx] [--onderdruk K] [--uitvoer FILE [--overschrijf]]}.
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

  @Option(names = "--uitvoer", paramLabel = "FILE", converter = Uitvoerpad.class,
      description = "Schrijf naar dit bestand in plaats van naar stdout (atomair; nodig voor xlsx).")
  private Path uitvoer;

  @Option(names = "--overschrijf", description = "Vervang een bestaand --uitvoer bestand (standaard: nooit).")
  private boolean overschrijf;

  @Option(names = "--onderdruk", paramLabel = "K",
      description = "Onderdruk aantallen tussen 0 en K (K >= 2); sommen, gemiddelden en noemers blijven zichtbaar.")
  private Integer onderdruk;

  @Mixin
  private ToezichtOption toezicht;

  @Option(names = "--vorig", paramLabel = "F",
      description = "Een document van een eerder verslagjaar (herhaalbaar): elke rij krijgt de waarde van het vorige jaar en het "
          + "verschil, het rapport het cohort (Figuur 1.4).")
  private List<Path> vorig = List.of();

  @Option(names = "--herindelingen", paramLabel = "H",
      description = "Met --vorig: herindelingen (lea-herindelingen/1); standaard die lea meelevert.")
  private Path herindelingen;

  @Option(names = "--cijfers", paramLabel = "C", description = "Met --vorig: gepubliceerde cijfers (lea-cijfers/1).")
  private Path cijfers;

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
    if (vorig.isEmpty() && (herindelingen != null || cijfers != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), (herindelingen != null ? "--herindelingen" : "--cijfers")
          + " needs --vorig F");
    }
    if (overschrijf && uitvoer == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--overschrijf needs --uitvoer FILE");
    }
    if (uitvoer != null) {
      OutputFile.controleer(uitvoer, overschrijf, invoer());
    }
    Rapport rapport;
    Vergelijking vorigeJaren = null;
    if (vorig.isEmpty()) {
      if (toezicht.bestand == null) {
        rapport = Rapport.van(Inputs.vragenlijst(bestand, false));
      } else {
        Inputs.Toezichtinvoer in = Inputs.toezicht(bestand, toezicht.bestand, Risicoanalyse.standaard());
        rapport = Rapport.van(in.vragenlijst(), in.beoordelingen());
      }
    } else {
      // Every input's errors at once, each line starting with its file's name.
      Jaarinvoer invoer = new Jaarinvoer();
      Rapport gelezen = null;
      Vragenlijst hoofd = null;
      try {
        if (toezicht.bestand == null) {
          hoofd = Inputs.vragenlijstMetBasisnaam(bestand);
          gelezen = Rapport.van(hoofd);
        } else {
          Inputs.Toezichtinvoer in = Inputs.toezicht(bestand, toezicht.bestand, Risicoanalyse.standaard());
          hoofd = in.vragenlijst();
          gelezen = Rapport.van(hoofd, in.beoordelingen());
        }
      } catch (InvalidInputException e) {
        invoer.fout(e);
      }
      Verslagjaar jaar = hoofd == null ? null : hoofd.verslagjaar();
      for (Path f : vorig) {
        invoer.vorigDocument(f, bestand, jaar);
      }
      if (hoofd != null) {
        invoer.document(bestand, hoofd);
      }
      vorigeJaren = invoer.vergelijking(herindelingen, cijfers, jaar);
      rapport = gelezen;
    }
    if (onderdruk != null) {
      rapport = rapport.onderdruk(onderdruk);
      vorigeJaren = vorigeJaren == null ? null : vorigeJaren.onderdruk(onderdruk);
    }
    Rapport klaar = rapport;
    Vergelijking eerder = vorigeJaren;
    if (uitvoer != null) {
      OutputFile.schrijf(uitvoer, overschrijf, invoer(), out -> render(gekozen, klaar, eerder, out));
      return 0;
    }
    try {
      render(gekozen, klaar, eerder, Lea.stdout(spec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  /** Every input file of the command: never an output target. */
  private List<Path> invoer() {
    List<Path> lijst = new java.util.ArrayList<>(vorig);
    lijst.add(bestand);
    java.util.stream.Stream.of(toezicht.bestand, herindelingen, cijfers).filter(java.util.Objects::nonNull).forEach(lijst::add);
    return lijst;
  }

  private static void render(RapportFormaat formaat, Rapport rapport, Vergelijking vorigeJaren, OutputStream out) throws IOException {
    if (vorigeJaren == null) {
      formaat.render(rapport, out);
    } else {
      formaat.render(rapport, vorigeJaren, out);
    }
  }
}
