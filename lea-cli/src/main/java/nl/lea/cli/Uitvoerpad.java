package nl.lea.cli;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The value of {@code --uitvoer}: a file name. A name ending in a separator names a directory and
 * is a usage error (exit 2), before the shell's path is turned into one without it.
 */
final class Uitvoerpad implements CommandLine.ITypeConverter<Path> {

  @Override
  public Path convert(String waarde) {
    if (waarde.isEmpty() || waarde.endsWith("/") || waarde.endsWith(File.separator)) {
      throw new CommandLine.TypeConversionException("is a directory or empty; give the name of a file to write, was '" + waarde + "'");
    }
    try {
      return Path.of(waarde);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("is not a path this system can use, was '" + waarde + "'");
    }
  }
}
