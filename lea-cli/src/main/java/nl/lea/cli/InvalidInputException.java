package nl.lea.cli;

import java.util.List;
import nl.lea.json.JsonError;

/** The errors of one input file, to be printed with the file's name before each. */
final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String voorvoegsel;
  private final transient List<JsonError> fouten;

  InvalidInputException(String voorvoegsel, List<JsonError> fouten) {
    super(voorvoegsel + fouten.size() + " errors", null, false, false);
    this.voorvoegsel = voorvoegsel;
    this.fouten = fouten;
  }

  String voorvoegsel() {
    return voorvoegsel;
  }

  List<JsonError> fouten() {
    return fouten;
  }
}
