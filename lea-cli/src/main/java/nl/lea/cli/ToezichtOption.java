package nl.lea.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --toezicht TOEZICHT} option of rapport and valideer. */
final class ToezichtOption {

  @Option(names = "--toezicht", paramLabel = "TOEZICHT",
      description = "Het lea-toezicht/1 document van hetzelfde verslagjaar: het oordeel van de inspectie.")
  Path bestand;
}
