package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.Registeroverzicht;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
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

  /** The most definitions one run answers: --breedte 9 gives 511. */
  static final int MAX_DEFINITIES = 1_000;
  /** The longest line of a --definities file, in characters. */
  static final int MAX_REGEL = 1_000;
  /** The largest --definities file. */
  static final int MAX_DEFINITIEBESTAND = 1 << 20;
  /** The most errors reported for one --definities file; a last line counts the rest. */
  static final int MAX_FOUTEN = 100;

  @Override
  public Integer call() {
    List<Doelgroepdefinitie> definities = definities();
    // One pass over the register answers every definition.
    Registeroverzicht o = overzicht();
    if (breedte != null) {
      List<Registeroverzicht.Kandidaat> rang = o.rangschik(definities);
      IndicatieRenderer.render(rang.stream().map(Registeroverzicht.Kandidaat::definitie).toList(),
          rang.stream().map(Registeroverzicht.Kandidaat::telling).toList(), uitvoer.formaat, spec.commandLine().getOut());
    } else if (definities.size() == 1) {
      Doelgroepdefinitie definitie = definities.get(0);
      IndicatieRenderer.render(definitie, o.tel(Indicatie.van(definitie)), uitvoer.formaat, spec.commandLine().getOut());
    } else {
      IndicatieRenderer.render(definities, o.tel(definities.stream().map(Indicatie::van).toList()), uitvoer.formaat,
          spec.commandLine().getOut());
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
    if (expressies.size() > MAX_DEFINITIES) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--definitie: at most " + MAX_DEFINITIES + " definitions, was "
          + expressies.size());
    }
    if (definitiesBestand != null) {
      String naam = Inputs.isStandaardinvoer(definitiesBestand) ? "stdin" : definitiesBestand.toString();
      List<String> regels = regels(naam);
      List<JsonError> fouten = new ArrayList<>();
      int meer = 0;
      for (int i = 0; i < regels.size(); i++) {
        String regel = regels.get(i);
        int hekje = regel.indexOf('#');
        String expressie = (hekje < 0 ? regel : regel.substring(0, hekje)).strip();
        if (expressie.isEmpty()) {
          continue;
        }
        JsonError fout = null;
        if (regel.length() > MAX_REGEL) {
          fout = JsonError.at("line " + (i + 1), "is longer than " + MAX_REGEL + " characters (" + regel.length() + ")", null);
        } else {
          try {
            lijst.add(Doelgroepdefinitie.parse(expressie));
          } catch (DomainValidationException ex) {
            fout = JsonError.at("line " + (i + 1), ex.rule(), null);
          }
        }
        if (fout != null) {
          if (fouten.size() < MAX_FOUTEN) {
            fouten.add(fout);
          } else {
            meer++;
          }
        }
        if (lijst.size() > MAX_DEFINITIES) {
          throw new InvalidInputException(naam + ": ", List.of(JsonError.at("line " + (i + 1), "is definition "
              + lijst.size() + "; one run answers at most " + MAX_DEFINITIES + " definitions", null)));
        }
      }
      if (meer > 0) {
        fouten.add(JsonError.at("line " + regels.size(), "and " + meer + " more errors not shown", null));
      }
      if (!fouten.isEmpty()) {
        throw new InvalidInputException(naam + ": ", fouten);
      }
    }
    if (lijst.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing definitions: give --definitie EXPR (repeatable), --definities FILE or --breedte K");
    }
    return lijst;
  }

  /**
   * The lines of the --definities file (or standard input), at most {@link #MAX_DEFINITIEBESTAND}
   * bytes of UTF-8: anything larger or not UTF-8 is one clear error, never an OutOfMemoryError.
   */
  private List<String> regels(String naam) {
    byte[] bytes;
    try (InputStream in = open(definitiesBestand)) {
      bytes = in.readNBytes(MAX_DEFINITIEBESTAND + 1);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(naam + ": cannot read: " + Inputs.nietGevonden(naam), e);
    } catch (IOException e) {
      throw new UncheckedIOException(naam + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_DEFINITIEBESTAND) {
      throw new InvalidInputException(naam + ": ", List.of(JsonError.at("line 1", "the file is larger than 1 MiB; one run answers at most "
          + MAX_DEFINITIES + " definitions", null)));
    }
    try {
      String tekst = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return tekst.lines().toList();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(naam + ": ", List.of(JsonError.at("line 1", "is not UTF-8 text", null)));
    }
  }

  /** A file to read, or standard input for {@code -}; a directory is named as such. */
  private static InputStream open(Path pad) throws IOException {
    if (Inputs.isStandaardinvoer(pad)) {
      // Not closed with the reader: standard input belongs to the process.
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {}
      };
    }
    if (Files.isDirectory(pad)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(pad);
  }

  /**
   * Reads the register into its summary: a file in parallel, standard input as a stream. Invalid
   * lines are reported together, after the whole register was read.
   */
  private Registeroverzicht overzicht() {
    String naam = Inputs.isStandaardinvoer(bestand) ? "stdin" : bestand.toString();
    try {
      if (Inputs.isStandaardinvoer(bestand) || !Files.isRegularFile(bestand)) {
        Registeroverzicht.Builder b = Registeroverzicht.builder();
        try (InputStream in = open(bestand); PeuterReader reader = PeuterReader.of(in)) {
          for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
            b.add(p.get());
          }
          if (!reader.errors().isEmpty()) {
            throw new InvalidInputException(naam + ": ", reader.errors());
          }
        }
        return b.build();
      }
      return PeuterReader.readAll(bestand, Registeroverzicht::builder, Registeroverzicht.Builder::merge).build();
    } catch (JsonReadException e) {
      throw new InvalidInputException(naam + ": ", e.errors());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(naam + ": cannot read: " + Inputs.nietGevonden(naam), e);
    } catch (IOException e) {
      throw new UncheckedIOException(naam + ": cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(naam + ": cannot read: " + ErrorHandler.oorzaak(e), e.getCause());
    }
  }
}
