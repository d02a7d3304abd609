package nl.lea.cli;

import java.util.stream.Collectors;
import nl.lea.rapport.render.RapportFormaat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --formaat} of {@code rapport} to a registered format, naming the allowed ones on a mistake. */
final class FormaatConverter implements ITypeConverter<RapportFormaat> {

  @Override
  public RapportFormaat convert(String value) {
    return RapportFormaat.van(value).orElseThrow(() -> new TypeConversionException("formaat: is unknown; allowed: "
        + RapportFormaat.alle().stream().map(RapportFormaat::naam).collect(Collectors.joining(", ")) + ", was " + value));
  }
}
