package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonReadException;
import nl.lea.json.LeaJson;
import nl.lea.rapport.risico.Risicoanalyse;

/** Reads input files for the commands, turning problems into reportable errors. */
final class Inputs {

  /** The most bytes read from one file; one more tells the reader the document is too large. */
  private static final int MAX_BYTES = 64 * 1024 * 1024 + 1;

  private Inputs() {}

  /** Reads a document; with {@code metNaam} every error line starts with the file name. */
  static Vragenlijst vragenlijst(Path bestand, boolean metNaam) {
    return lees(bestand, metNaam ? bestand + ": " : null, LeaJson::readVragenlijst);
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

  /** A questionnaire document with the judgements read against it. */
  record Toezichtinvoer(Vragenlijst vragenlijst, Beoordelingen beoordelingen) {}

  private static String basisnaam(Path bestand) {
    Path naam = bestand.getFileName();
    return (naam == null ? bestand : naam) + ": ";
  }

  private static <T> T lees(Path bestand, String voorvoegsel, Function<byte[], T> lezer) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(bestand)) {
      bytes = in.readNBytes(MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(bestand + ": cannot read: no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + e.getMessage(), e);
    }
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
