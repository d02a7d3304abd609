package nl.lea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonReadException;
import nl.lea.json.LeaJson;

/** Reads input files for the commands, turning problems into reportable errors. */
final class Invoer {

  private Invoer() {}

  /** Reads a document; with {@code metNaam} every error line starts with the file name. */
  static Vragenlijst vragenlijst(Path bestand, boolean metNaam) {
    try (InputStream in = Files.newInputStream(bestand)) {
      return LeaJson.readVragenlijst(in);
    } catch (JsonReadException e) {
      if (metNaam) {
        throw new OngeldigeInvoer(bestand + ": ", e.errors());
      }
      throw e;
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(bestand + ": cannot read: no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(bestand + ": cannot read: " + e.getMessage(), e);
    }
  }
}
