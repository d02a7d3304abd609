package nl.lea.cli;

import java.nio.file.Path;
import java.util.List;

/** A child process for {@code UitvoerTest}: writes a little of a file atomically, then waits to be stopped. */
final class SchrijfTraag {

  private SchrijfTraag() {}

  public static void main(String[] args) {
    OutputFile.schrijf(Path.of(args[0]), false, List.of(), out -> {
      out.write(new byte[1024]);
      out.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
