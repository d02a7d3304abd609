package nl.lea.jackson3;

import java.util.List;
import java.util.stream.Collectors;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of the Jackson 3 {@link LeaModule} when JSON breaks the rules of a
 * lea type; lists every error with its JSON Pointer, as lea-json's Jackson 2 exception does.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidLeaJsonException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** The errors. */
  private final List<JsonError> errors;
  /** The type that was read. */
  private final Class<?> type;

  InvalidLeaJsonException(JsonParser p, Class<?> type, List<JsonError> errors) {
    super(p, "Invalid " + type.getSimpleName() + ": " + errors.stream().map(JsonError::toString).collect(Collectors.joining("; ")),
        new JsonReadException(errors));
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  /**
   * Gets every error found.
   *
   * @return the errors, at least one, not null
   */
  public List<JsonError> errors() {
    return errors;
  }

  /**
   * Gets the lea type that was read.
   *
   * @return the type, not null
   */
  public Class<?> type() {
    return type;
  }
}
