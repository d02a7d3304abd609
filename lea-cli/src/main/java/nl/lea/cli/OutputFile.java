package nl.lea.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import nl.lea.json.JsonError;

/**
 * Writes an output file atomically: the bytes go to a temporary file next to the target, which is
 * then moved into place, so a failure part-way leaves no half-written file. Only regular files
 * are written: a directory, a link, a device or a pipe at the target is refused, with or without
 * {@code overschrijf}, and so is an input file of the command. Without {@code overschrijf} an
 * existing file is never replaced. A temporary file is removed on every exit the JVM sees (a
 * shutdown hook: normal exit, an error, SIGTERM, Ctrl-C); one left behind by a killed run (its
 * name holds the process id) is removed by the next write to the same target.
 */
final class OutputFile {

  /** Writes the content to a stream. */
  @FunctionalInterface
  interface Inhoud {
    void schrijf(OutputStream out) throws IOException;
  }

  /** The temporary files being written now, removed by the shutdown hook when the JVM exits before they are moved. */
  private static final Set<Path> TIJDELIJK = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> TIJDELIJK.forEach(OutputFile::verwijder), "lea-opruimen"));
  }

  private OutputFile() {}

  /**
   * Checks a target before anything is computed: invalid input (exit 1) naming the target and the
   * reason, file untouched.
   *
   * @param doelbestand the target
   * @param overschrijf whether an existing regular file may be replaced
   * @param invoer the command's input files, never a target
   */
  static void controleer(Path doelbestand, boolean overschrijf, Collection<Path> invoer) {
    List<JsonError> fouten = fouten(doelbestand, overschrijf, invoer);
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
  }

  /** Why a target may not be written: empty when it may. */
  private static List<JsonError> fouten(Path doelbestand, boolean overschrijf, Collection<Path> invoer) {
    String naam = doelbestand.toString();
    Path ouder = doelbestand.toAbsolutePath().getParent();
    if (ouder == null || Files.isDirectory(doelbestand)) {
      return List.of(JsonError.at(naam, "is a directory; give the name of a file to write", null));
    }
    if (!Files.isDirectory(ouder)) {
      return List.of(JsonError.at(naam, "cannot write: no such directory " + ouder, null));
    }
    if (!Files.exists(doelbestand, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    if (!Files.isRegularFile(doelbestand, LinkOption.NOFOLLOW_LINKS)) {
      return List.of(JsonError.at(naam, "is not a regular file (a link, a device or a pipe); lea writes only regular files", null));
    }
    for (Path in : invoer) {
      try {
        if (in != null && Files.exists(in) && Files.isSameFile(in, doelbestand)) {
          return List.of(JsonError.at(naam, "is an input file of this command; lea never replaces its input", null));
        }
      } catch (IOException e) {
        // an input that cannot be compared is not the target
      }
    }
    if (!overschrijf) {
      return List.of(JsonError.at(naam, "exists; give --overschrijf to replace it", null));
    }
    return List.of();
  }

  /**
   * Writes a target atomically after {@link #controleer}.
   *
   * @param doelbestand the target
   * @param overschrijf whether an existing regular file may be replaced
   * @param invoer the command's input files
   * @param inhoud the content
   */
  static void schrijf(Path doelbestand, boolean overschrijf, Collection<Path> invoer, Inhoud inhoud) {
    controleer(doelbestand, overschrijf, invoer);
    Path map = doelbestand.toAbsolutePath().getParent();
    String voorvoegsel = "." + doelbestand.getFileName() + "." + ProcessHandle.current().pid() + ".";
    ruimOp(map, "." + doelbestand.getFileName() + ".");
    Path tijdelijk = null;
    try {
      try {
        tijdelijk = Files.createTempFile(map, voorvoegsel, ".tmp");
      } catch (AccessDeniedException e) {
        throw new UncheckedIOException(doelbestand + ": cannot write: access denied to " + map, e);
      }
      TIJDELIJK.add(tijdelijk);
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
      controleer(doelbestand, false, invoer);
      throw new UncheckedIOException(doelbestand + ": exists", e);
    } catch (IOException e) {
      verwijder(tijdelijk);
      throw new UncheckedIOException(doelbestand + ": cannot write: " + reden(e), e);
    } catch (RuntimeException | Error e) {
      verwijder(tijdelijk);
      throw e;
    } finally {
      if (tijdelijk != null) {
        TIJDELIJK.remove(tijdelijk);
      }
    }
  }

  /**
   * Writes one file per name into a directory (created when missing), each atomically; it checks
   * every target first and, when any may not be written, names each and writes nothing.
   *
   * @param map the directory
   * @param overschrijf whether existing regular files may be replaced
   * @param invoer the command's input files
   * @param namen the file names, in the order to write them
   * @param inhoud the content of the file at each index of {@code namen}
   */
  static void schrijfMap(Path map, boolean overschrijf, Collection<Path> invoer, List<String> namen, IntFunction<Inhoud> inhoud) {
    if (Files.exists(map, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(map, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInputException("", List.of(JsonError.at(map.toString(), "is not a directory", null)));
    }
    try {
      Files.createDirectories(map);
    } catch (IOException e) {
      throw new UncheckedIOException(map + ": cannot create the directory: " + reden(e), e);
    }
    List<JsonError> fouten = new ArrayList<>();
    for (String naam : namen) {
      fouten.addAll(fouten(map.resolve(naam), overschrijf, invoer));
    }
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
    for (int i = 0; i < namen.size(); i++) {
      schrijf(map.resolve(namen.get(i)), overschrijf, invoer, inhoud.apply(i));
    }
  }

  /**
   * Removes the temporary files of this target that a run no longer alive left behind (killed
   * before its shutdown hook could run).
   */
  private static void ruimOp(Path map, String begin) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(map, p -> p.getFileName().toString().startsWith(begin)
        && p.getFileName().toString().endsWith(".tmp"))) {
      for (Path p : s) {
        String rest = p.getFileName().toString().substring(begin.length());
        int punt = rest.indexOf('.');
        if (punt <= 0) {
          continue;
        }
        try {
          long pid = Long.parseLong(rest.substring(0, punt));
          if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
            Files.deleteIfExists(p);
          }
        } catch (NumberFormatException | IOException e) {
          // not one of lea's, or gone already
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // a directory that cannot be listed: the write itself will say what fails
    }
  }

  /** The reason of an I/O failure in a few words. */
  private static String reden(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
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
      TIJDELIJK.remove(tijdelijk);
      try {
        Files.deleteIfExists(tijdelijk);
      } catch (IOException ignored) {
        // the original failure is what the user needs to see
      }
    }
  }
}
