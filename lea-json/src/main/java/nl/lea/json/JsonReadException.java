package nl.lea.json;

import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * Thrown when a JSON document is invalid; carries every error found, each with its location.
 *
 * <p>A reader never returns a half-read document: either every rule holds and the complete domain
 * value is returned, or this exception lists what is wrong. For example:
 *
 * <pre>{@code
 * try {
 *   Vragenlijst v = LeaJson.readVragenlijst(path);
 * } catch (JsonReadException e) {
 *   e.errors().forEach(System.err::println); // "/gemeenten/3/vve/toeleiding: is required"
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JsonReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The errors, in document order. */
  private final List<JsonError> errors;

  /**
   * Creates an exception for a list of errors.
   *
   * @param errors the errors, at least one, not null
   */
  public JsonReadException(List<JsonError> errors) {
    super(samenvatting(errors), null, false, false);
    if (errors.isEmpty()) {
      throw new nl.lea.core.DomainValidationException("errors", "must hold at least one error", errors);
    }
    this.errors = List.copyOf(errors);
  }

  private static String samenvatting(List<JsonError> errors) {
    String eerste = errors.stream().limit(3).map(JsonError::toString).collect(Collectors.joining("; "));
    return errors.size() + (errors.size() == 1 ? " error: " : " errors: ") + eerste + (errors.size() > 3 ? "; …" : "");
  }

  /**
   * Gets every error found, in document order.
   *
   * @return the errors, at least one, not null
   */
  public List<JsonError> errors() {
    return errors;
  }
}
