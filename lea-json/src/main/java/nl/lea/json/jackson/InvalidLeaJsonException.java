package nl.lea.json.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import org.apiguardian.api.API;

/**
 * Thrown by the deserializers of {@link LeaModule} when JSON breaks the rules of a lea type; lists
 * every error with its JSON Pointer. Its cause is a {@link JsonReadException} with the same errors,
 * so {@link nl.lea.json.LeaProblem#van(Throwable)} finds them through any framework's wrapping.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidLeaJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The errors. */
  private final List<JsonError> errors;
  /** The type that was read. */
  private final Class<?> type;

  InvalidLeaJsonException(JsonParser p, Class<?> type, List<JsonError> errors) {
    super(p, "Invalid " + type.getSimpleName() + ": "
        + errors.stream().map(JsonError::toString).collect(Collectors.joining("; ")), new JsonReadException(errors));
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
