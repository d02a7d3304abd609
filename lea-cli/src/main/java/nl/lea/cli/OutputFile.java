package nl.lea.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.lea.json.JsonError;

/**
 * Writes an output file atomically: the bytes go to a temporary file next to the target, which is
 * then moved into place, so a failure part-way leaves no half-written file. Without {@code
 * overschrijf} an existing file is never replaced.
 */
final class OutputFile {

  /** Writes the content to a stream. */
  @FunctionalInterface
  interface Inhoud {
    void schrijf(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Refuses an existing target unless {@code overschrijf}: invalid input (exit 1), file untouched.
   */
  static void controleer(Path doelbestand, boolean overschrijf) {
    if (!overschrijf && Files.exists(doelbestand)) {
      throw new InvalidInputException("", List.of(JsonError.at(doelbestand.toString(), "exists; give --overschrijf to replace it", null)));
    }
  }

  static void schrijf(Path doelbestand, boolean overschrijf, Inhoud inhoud) {
    controleer(doelbestand, overschrijf);
    Path tijdelijk = null;
    try {
      Path map = doelbestand.toAbsolutePath().getParent();
      tijdelijk = Files.createTempFile(map, "." + doelbestand.getFileName(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tijdelijk))) {
        inhoud.schrijf(out);
      }
      leesbaar(tijdelijk);
      if (overschrijf) {
        Files.move(tijdelijk, doelbestand, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        // A hard link never replaces an existing file; where links are not supported, a plain
        // move that refuses an existing target.
        try {
          Files.createLink(doelbestand, tijdelijk);
          Files.delete(tijdelijk);
        } catch (UnsupportedOperationException | FileSystemException e) {
          if (e instanceof FileAlreadyExistsException) {
            throw (FileAlreadyExistsException) e;
          }
          Files.move(tijdelijk, doelbestand);
        }
      }
    } catch (FileAlreadyExistsException e) {
      verwijder(tijdelijk);
      controleer(doelbestand, false);
      throw new UncheckedIOException(doelbestand + ": exists", e);
    } catch (IOException e) {
      verwijder(tijdelijk);
      throw new UncheckedIOException(doelbestand + ": cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Writes one file per name into a directory (created when missing), each atomically; without
   * {@code overschrijf} it refuses before writing anything when any of them exists, naming each.
   *
   * @param map the directory
   * @param overschrijf whether existing files may be replaced
   * @param namen the file names, in the order to write them
   * @param inhoud the content of the file at each index of {@code namen}
   */
  static void schrijfMap(Path map, boolean overschrijf, List<String> namen, java.util.function.IntFunction<Inhoud> inhoud) {
    try {
      Files.createDirectories(map);
    } catch (IOException e) {
      throw new UncheckedIOException(map + ": cannot create the directory: " + e.getMessage(), e);
    }
    if (!overschrijf) {
      List<JsonError> bestaand = new java.util.ArrayList<>();
      for (String naam : namen) {
        Path doelbestand = map.resolve(naam);
        if (Files.exists(doelbestand, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          bestaand.add(JsonError.at(doelbestand.toString(), "exists; give --overschrijf to replace it", null));
        }
      }
      if (!bestaand.isEmpty()) {
        throw new InvalidInputException("", bestaand);
      }
    }
    for (int i = 0; i < namen.size(); i++) {
      schrijf(map.resolve(namen.get(i)), overschrijf, inhoud.apply(i));
    }
  }

  /** A temporary file is private (0600); the output is an ordinary file others may read (0644). */
  private static void leesbaar(Path bestand) throws IOException {
    try {
      Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions apply
    }
  }

  private static void verwijder(Path tijdelijk) {
    if (tijdelijk != null) {
      try {
        Files.deleteIfExists(tijdelijk);
      } catch (IOException ignored) {
        // the original failure is what the user needs to see
      }
    }
  }
}
