package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
import nl.lea.bereik.Registeroverzicht;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.JsonError;
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
 * {@code lea indicatie PEUTERS.jsonl (--definitie EXPR… | --definities FILE | --breedte K)
 * [--formaat json|csv]}: streams a toddler register and counts, per gemeente, the doelgroep under
 * each definition and how many attend ve; several definitions are answered from one pass.
 */
@Command(name = "indicatie", mixinStandardHelpOptions = true,
    description = "Telt per gemeente de doelgroeppeuters en bereikte doelgroeppeuters onder een doelgroepdefinitie, uit een lea-peuters/1 register.")
final class IndicatieCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PEUTERS.jsonl", description = "Het lea-peuters/1 register (JSON Lines).")
  private Path bestand;

  @Option(names = "--definitie", paramLabel = "EXPR",
      description = "Clausules gescheiden door |, indicatoren in een clausule door &, bijv. 'THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS'. Mag herhaald worden.")
  private List<String> expressies = new ArrayList<>();

  @Option(names = "--definities", paramLabel = "FILE",
      description = "Een bestand met een expressie per regel (# begint commentaar).")
  private Path definitiesBestand;

  @Option(names = "--breedte", paramLabel = "K",
      description = "Elke definitie van een clausule met 1..K indicatoren (K <= 9; K = 3 geeft 129), gerangschikt naar landelijke doelgroepomvang.")
  private Integer breedte;

  @Mixin
  private JsonOrCsvOption uitvoer;

  @Override
  public Integer call() {
    List<Doelgroepdefinitie> definities = definities();
    if (definities.size() == 1 && breedte == null) {
      Doelgroepdefinitie definitie = definities.get(0);
      Indicatie indicatie = Indicatie.van(definitie);
      Peuterregister.Teller teller = new Peuterregister.Teller();
      lees(p -> teller.add(p, indicatie));
      IndicatieRenderer.render(definitie, teller.resultaat(), uitvoer.formaat, spec.commandLine().getOut());
    } else {
      // One pass over the register answers every definition.
      Registeroverzicht.Builder overzicht = Registeroverzicht.builder();
      lees(overzicht::add);
      Registeroverzicht o = overzicht.build();
      if (breedte != null) {
        List<Registeroverzicht.Kandidaat> rang = o.rangschik(definities);
        IndicatieRenderer.render(rang.stream().map(Registeroverzicht.Kandidaat::definitie).toList(),
            rang.stream().map(Registeroverzicht.Kandidaat::telling).toList(), uitvoer.formaat, spec.commandLine().getOut());
      } else {
        IndicatieRenderer.render(definities, o.tel(definities.stream().map(Indicatie::van).toList()), uitvoer.formaat,
            spec.commandLine().getOut());
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The definitions asked for: --definitie and --definities in order, or every one of --breedte. */
  private List<Doelgroepdefinitie> definities() {
    if (breedte != null) {
      if (!expressies.isEmpty() || definitiesBestand != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--breedte cannot be combined with --definitie or --definities");
      }
      try {
        return Indicatie.enkeleClausules(breedte);
      } catch (DomainValidationException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--breedte needs K in 1..9, was " + breedte);
      }
    }
    List<Doelgroepdefinitie> lijst = new ArrayList<>();
    for (String e : expressies) {
      try {
        lijst.add(Doelgroepdefinitie.parse(e));
      } catch (DomainValidationException ex) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--definitie: " + ex.rule() + " (in '" + e + "')");
      }
    }
    if (definitiesBestand != null) {
      List<String> regels;
      try {
        regels = Files.readAllLines(definitiesBestand);
      } catch (NoSuchFileException e) {
        throw new UncheckedIOException(definitiesBestand + ": cannot read: no such file", e);
      } catch (IOException e) {
        throw new UncheckedIOException(definitiesBestand + ": cannot read: " + e.getMessage(), e);
      }
      List<JsonError> fouten = new ArrayList<>();
      for (int i = 0; i < regels.size(); i++) {
        String regel = regels.get(i);
        int hekje = regel.indexOf('#');
        String expressie = (hekje < 0 ? regel : regel.substring(0, hekje)).strip();
        if (expressie.isEmpty()) {
          continue;
        }
        try {
          lijst.add(Doelgroepdefinitie.parse(expressie));
        } catch (DomainValidationException ex) {
          fouten.add(JsonError.at("line " + (i + 1), ex.rule(), null));
        }
      }
      if (!fouten.isEmpty()) {
        throw new InvalidInputException(definitiesBestand + ": ", fouten);
      }
    }
    if (lijst.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing definitions: give --definitie EXPR (repeatable), --definities FILE or --breedte K");
    }
    return lijst;
  }

  /** Streams the register, every record to the consumer; invalid lines are reported together. */
  private void lees(java.util.function.Consumer<Peuter> verwerk) {
    try (InputStream in = Files.newInputStream(bestand); PeuterReader reader = PeuterReader.of(in)) {
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        verwerk.accept(p.get());
      }
      if (!reader.errors().isEmpty()) {
        throw new InvalidInputException(bestand + ": ", reader.errors());
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(bestand + ": cannot read: no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + e.getMessage(), e);
    }
  }
}
