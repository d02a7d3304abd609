package nl.lea.cli;

import nl.lea.rapport.render.Formaat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --formaat} values, reporting the allowed names on a mistake. */
final class FormaatConverter implements ITypeConverter<Formaat> {

  @Override
  public Formaat convert(String value) {
    try {
      return Formaat.van(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
