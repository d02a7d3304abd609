package nl.lea.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.publicatie.ProfielHtml;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.rapport.Gemeenteprofielen;
import nl.lea.rapport.render.ProfielRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lea profiel FILE (--gemeente CODE | --alle | --map DIR) [--toezicht T] [--vorig F… [--herindelingen H]]
 * [--formaat tekst|markdown|json|html|csv] [--overschrijf]}: one gemeente's figures beside the national ones (docs/profiel.md).
 */
@Command(name = "profiel", mixinStandardHelpOptions = true,
    description = "Het profiel van een gemeente: haar antwoorden en cijfers naast de landelijke en die van vergelijkbare gemeenten.")
final class ProfielCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het lea-vragenlijst/1 of /2 document.")
  private Path bestand;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Keuze keuze;

  static final class Keuze {
    @Option(names = "--gemeente", paramLabel = "CODE", description = "Het profiel van deze gemeente (GM0037).")
    String gemeente;

    @Option(names = "--alle", description = "De profielen van alle gemeenten, in documentvolgorde (csv of json).")
    boolean alle;

    @Option(names = "--map", paramLabel = "DIR", description = "Een bestand CODE.html (of CODE.md) per gemeente in deze map.")
    Path map;
  }

  @Option(names = "--overschrijf", description = "Met --map: vervang bestaande bestanden (standaard: nooit).")
  private boolean overschrijf;

  @Mixin
  private ToezichtOption toezicht;

  @Option(names = "--vorig", paramLabel = "F", description = "Een document van een eerder verslagjaar (herhaalbaar): de waarden van vorig jaar.")
  private List<Path> vorig = List.of();

  @Option(names = "--herindelingen", paramLabel = "H", description = "Met --vorig: herindelingen (lea-herindelingen/1); standaard die lea meelevert.")
  private Path herindelingen;

  @Option(names = "--formaat", paramLabel = "FORMAAT",
      description = "Met --gemeente: tekst (standaard), markdown, json (lea-profiel/1) of html; met --alle: csv (standaard) of json; "
          + "met --map: html (standaard) of markdown.")
  private String formaat;

  @Override
  public Integer call() {
    String optie = keuze.alle ? "--alle" : keuze.map != null ? "--map" : "--gemeente";
    List<String> toegestaan = switch (optie) {
      case "--alle" -> List.of("csv", "json");
      case "--map" -> List.of("html", "markdown");
      default -> List.of("tekst", "markdown", "json", "html");
    };
    String gekozen = formaat == null ? toegestaan.get(0) : formaat;
    if (!toegestaan.contains(gekozen)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + gekozen + "' for " + optie + "; allowed: "
          + String.join(", ", toegestaan));
    }
    if (overschrijf && keuze.map == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--overschrijf needs --map DIR");
    }
    if (vorig.isEmpty() && herindelingen != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--herindelingen needs --vorig F");
    }
    Gemeentecode code = null;
    if (keuze.gemeente != null) {
      try {
        code = Gemeentecode.of(keuze.gemeente);
      } catch (DomainValidationException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--gemeente: " + e.getMessage());
      }
    }
    Gemeenteprofielen profielen = lees();
    if (keuze.map != null) {
      List<Gemeenteprofiel> alle = profielen.alle();
      String extensie = gekozen.equals("html") ? ".html" : ".md";
      List<Path> invoer = new java.util.ArrayList<>(vorig);
      invoer.add(bestand);
      java.util.stream.Stream.of(toezicht.bestand, herindelingen).filter(java.util.Objects::nonNull).forEach(invoer::add);
      OutputFile.schrijfMap(keuze.map, overschrijf, invoer, alle.stream().map(p -> p.antwoord().gemeente().code() + extensie).toList(),
          i -> out -> {
            Writer pagina = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            render(alle.get(i), gekozen, pagina);
            pagina.flush();
          });
      spec.commandLine().getOut().println(alle.size() + " profielen geschreven in " + keuze.map);
      spec.commandLine().getOut().flush();
      return 0;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(Lea.stdout(spec), StandardCharsets.UTF_8));
    if (code != null) {
      Gemeenteprofiel p;
      try {
        p = profielen.profiel(code);
      } catch (DomainValidationException e) {
        throw new InvalidInputException("", List.of(JsonError.at("--gemeente",
            "is not a gemeente of " + bestand.getFileName() + ", was \"" + code + "\"", "\"" + code + "\"")));
      }
      render(p, gekozen, w);
    } else if (gekozen.equals("json")) {
      ProfielRenderer.json(profielen.alle(), w);
    } else {
      ProfielRenderer.csv(profielen.alle(), toezicht.bestand != null, w);
    }
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private static void render(Gemeenteprofiel p, String formaat, Writer w) {
    switch (formaat) {
      case "json" -> ProfielRenderer.json(p, w);
      case "markdown" -> ProfielRenderer.markdown(p, w);
      case "html" -> {
        try {
          ProfielHtml.render(p, w);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      default -> ProfielRenderer.tekst(p, w);
    }
  }

  /** Reads the document, its judgements and earlier documents, every input's errors under its name. */
  private Gemeenteprofielen lees() {
    if (toezicht.bestand == null && vorig.isEmpty()) {
      return Gemeenteprofielen.of(Inputs.vragenlijst(bestand, false));
    }
    Jaarinvoer invoer = new Jaarinvoer();
    Vragenlijst hoofd = null;
    Gemeenteprofielen profielen = null;
    try {
      if (toezicht.bestand == null) {
        hoofd = Inputs.vragenlijstMetBasisnaam(bestand);
        profielen = Gemeenteprofielen.of(hoofd);
      } else {
        Inputs.Toezichtinvoer in = Inputs.toezicht(bestand, toezicht.bestand, Risicoanalyse.standaard());
        hoofd = in.vragenlijst();
        profielen = Gemeenteprofielen.of(hoofd).metToezicht(in.beoordelingen());
      }
    } catch (InvalidInputException e) {
      invoer.fout(e);
    }
    for (Path f : vorig) {
      invoer.vorigDocument(f, bestand, hoofd == null ? null : hoofd.verslagjaar());
    }
    Herindelingen h = vorig.isEmpty() ? Herindelingen.geen() : invoer.herindelingen(herindelingen);
    invoer.klaar();
    return vorig.isEmpty() ? profielen : profielen.metVorigeJaren(invoer.documenten(), h);
  }
}
