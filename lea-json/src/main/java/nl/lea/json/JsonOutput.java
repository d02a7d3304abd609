package nl.lea.json;

import java.io.IOException;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The calls of a streaming JSON writer: what lea's writers need, implemented by {@link
 * JsonTextWriter} for text and inside lea for a Jackson generator.
 *
 * <p>Calls must form valid JSON: a {@link #name} before every value inside an object, every begin
 * matched by its end. A call that does not (an end without its begin, a name outside an object)
 * throws {@link IOException}, as Jackson's generator does; a null argument throws {@link
 * nl.lea.core.DomainValidationException}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface JsonOutput {
  /**
   * Starts an object.
   *
   * @throws IOException if writing fails
   */
  void beginObject() throws IOException;

  /**
   * Ends the innermost object.
   *
   * @throws IOException if writing fails
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if writing fails
   */
  void beginArray() throws IOException;

  /**
   * Ends the innermost array.
   *
   * @throws IOException if writing fails
   */
  void endArray() throws IOException;

  /**
   * Writes the name of the next member of an object.
   *
   * @param name the name, not null
   * @throws IOException if writing fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string value.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void string(String value) throws IOException;

  /**
   * Writes an integer value.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void number(long value) throws IOException;

  /**
   * Writes a decimal value as written, without exponent.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void number(BigDecimal value) throws IOException;

  /**
   * Writes a boolean value.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException if writing fails
   */
  void nul() throws IOException;
}
