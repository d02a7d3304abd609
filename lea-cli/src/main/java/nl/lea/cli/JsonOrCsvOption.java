package nl.lea.cli;

import nl.lea.rapport.render.Formaat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --formaat json|csv} option shared by risico, toezicht and indicatie (cohort also has html). */
final class JsonOrCsvOption {

  @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "json", converter = Converter.class,
      description = "json (standaard) of csv.")
  Formaat formaat;

  /** Accepts only json and csv, naming them on a mistake. */
  static final class Converter implements ITypeConverter<Formaat> {
    @Override
    public Formaat convert(String value) {
      if (value.equals(Formaat.JSON.naam())) {
        return Formaat.JSON;
      }
      if (value.equals(Formaat.CSV.naam())) {
        return Formaat.CSV;
      }
      throw new TypeConversionException("Unknown format '" + value + "'; allowed: json, csv");
    }
  }
}
