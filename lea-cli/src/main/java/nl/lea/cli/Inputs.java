package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.lea.core.DomainValidationException;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Tabellen;
import nl.lea.rapport.risico.Risicoanalyse;

/** Reads input files for the commands, turning problems into reportable errors. */
final class Inputs {

  /** The most bytes read from one file; one more tells the reader the document is too large. */
  private static final int MAX_BYTES = 64 * 1024 * 1024 + 1;

  private Inputs() {}

  /** Reads a document, every error line starting with the file's base name (as {@code vergelijk} reports). */
  static Vragenlijst vragenlijstMetBasisnaam(Path bestand) {
    return lees(bestand, basisnaam(bestand), LeaJson::readVragenlijst);
  }

  /** Reads a document; with {@code metNaam} every error line starts with the file name. */
  static Vragenlijst vragenlijst(Path bestand, boolean metNaam) {
    return lees(bestand, metNaam ? (isStandaardinvoer(bestand) ? "stdin: " : bestand + ": ") : null, LeaJson::readVragenlijst);
  }

  /**
   * Reads the two documents of the waarborgtoezicht, every error prefixed with its file's base
   * name; when the questionnaire document is invalid only its errors are reported.
   */
  static Toezichtinvoer toezicht(Path vragenlijstBestand, Path toezichtBestand, Risicoanalyse analyse) {
    Vragenlijst v = lees(vragenlijstBestand, basisnaam(vragenlijstBestand), LeaJson::readVragenlijst);
    Beoordelingen b = lees(toezichtBestand, basisnaam(toezichtBestand), bytes -> LeaJson.readToezicht(bytes, v, analyse));
    return new Toezichtinvoer(v, b);
  }

  /** Reads a herindelingen document; with {@code metNaam} every error line starts with the file's base name. */
  static Herindelingen herindelingen(Path bestand, boolean metNaam) {
    return lees(bestand, metNaam ? basisnaam(bestand) : null, LeaJson::readHerindelingen);
  }

  /**
   * Reads a published-figures document and checks it against the report's table registry: each
   * figure names a count row (docs/jaren.md §3), else an error at its pointer.
   */
  static Cijfers cijfers(Path bestand, boolean metNaam) {
    String voorvoegsel = metNaam ? basisnaam(bestand) : "";
    Cijfers c = lees(bestand, metNaam ? voorvoegsel : null, LeaJson::readCijfers);
    List<DomainValidationException.Violation> fouten = Tabellen.controleer(c);
    if (!fouten.isEmpty()) {
      throw new InvalidInputException(voorvoegsel, fouten.stream().map(Inputs::fout).toList());
    }
    return c;
  }

  /** A violation of lea-rapport's, as the readers report theirs: the rule, then the offending value. */
  static JsonError fout(DomainValidationException.Violation v) {
    // As the readers do: the value is repeated only for a violation of the value itself.
    String waarde = v.value() == null || !v.repeatsValue() ? null : jsonTekst(v.value());
    return JsonError.at(v.pointer(), waarde == null ? v.rule() : v.rule() + ", was " + waarde, waarde);
  }

  /** A text as a JSON string literal, as the readers show an offending value. */
  private static String jsonTekst(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** Reads a published-figures document, every error prefixed with the file's base name, without the registry check. */
  static Cijfers cijfersZonderRegister(Path bestand) {
    return lees(bestand, basisnaam(bestand), LeaJson::readCijfers);
  }

  /** The format a file names in its {@code schema} member, empty if it names none (or cannot be read as JSON). */
  static Optional<String> schema(Path bestand) {
    return LeaJson.schema(bytes(bestand));
  }

  /** A questionnaire document with the judgements read against it. */
  record Toezichtinvoer(Vragenlijst vragenlijst, Beoordelingen beoordelingen) {}

  /** The file's base name and {@code ": "}, as error lines start. */
  static String basisnaam(Path bestand) {
    if (isStandaardinvoer(bestand)) {
      return "stdin: ";
    }
    Path naam = bestand.getFileName();
    return (naam == null ? bestand : naam) + ": ";
  }

  private static byte[] bytes(Path bestand) {
    if (isStandaardinvoer(bestand)) {
      byte[] gelezen = standaardinvoer;
      if (gelezen == null) {
        try {
          gelezen = System.in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
          throw new UncheckedIOException("stdin: cannot read: " + e.getMessage(), e);
        }
        // Read once: a command that looks at its input twice (valideer) sees the same bytes.
        standaardinvoer = gelezen;
      }
      return gelezen;
    }
    if (Files.isDirectory(bestand)) {
      throw new UncheckedIOException(bestand + ": cannot read: is a directory", new IOException("is a directory"));
    }
    try (InputStream in = Files.newInputStream(bestand)) {
      return in.readNBytes(MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + nietGevonden(bestand.toString()), e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException(bestand + ": cannot read: access denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Standard input as read by this run, once; null before it is read. */
  private static volatile byte[] standaardinvoer;

  /** Forgets standard input read by an earlier run in this JVM (tests, embedding). */
  static void nieuweRun() {
    standaardinvoer = null;
  }

  /**
   * Why a file was not found. A name that is not UTF-8 (say Latin-1 bytes) reaches Java with its
   * bad bytes replaced by U+FFFD, and Java cannot open it under any name: say so, and how to give
   * the file anyway.
   */
  static String nietGevonden(String bestand) {
    return bestand != null && bestand.indexOf('\uFFFD') >= 0
        ? "no such file (its name is not UTF-8, and Java opens only UTF-8 names; rename it, or give it as standard input: - < FILE)"
        : "no such file";
  }

  /** Whether a file argument is {@code -}: standard input. */
  static boolean isStandaardinvoer(Path bestand) {
    return bestand.toString().equals("-");
  }

  private static <T> T lees(Path bestand, String voorvoegsel, Function<byte[], T> lezer) {
    byte[] bytes = bytes(bestand);
    try {
      return lezer.apply(bytes);
    } catch (JsonReadException e) {
      if (voorvoegsel != null) {
        throw new InvalidInputException(voorvoegsel, e.errors());
      }
      throw e;
    }
  }
}
