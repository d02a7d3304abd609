package nl.lea.json.internal;

import java.util.ArrayList;
import java.util.List;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;

/** Collects the errors of one read, up to a limit. Not API. */
public final class Errors {

  /** The most errors reported for one document; the rest are counted. */
  public static final int LIMIT = 1000;

  private final List<JsonError> errors = new ArrayList<>();
  private int weggelaten;

  public void add(String pointer, String message, Node value) {
    add(JsonError.at(pointer, value == null ? message : message + ", was " + value.toJson(), value == null ? null : value.toJson()));
  }

  public void add(JsonError error) {
    if (errors.size() < LIMIT) {
      errors.add(error);
    } else {
      weggelaten++;
    }
  }

  public void missing(String pointer) {
    add(pointer, "is required", null);
  }

  /** The number of errors collected so far (shown and counted). */
  public int size() {
    return errors.size() + weggelaten;
  }

  /**
   * Forgets the errors collected after the first {@code n}: malformed JSON is the one error of a
   * document, whatever its parser noticed before (such as a duplicate key).
   */
  public void terugNaar(int n) {
    while (errors.size() > Math.min(n, LIMIT)) {
      errors.remove(errors.size() - 1);
    }
    weggelaten = Math.max(0, n - LIMIT);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<JsonError> list() {
    List<JsonError> alle = new ArrayList<>(errors);
    if (weggelaten > 0) {
      alle.add(JsonError.at("", weggelaten + " more errors not shown (limit " + LIMIT + ")", null));
    }
    return List.copyOf(alle);
  }

  /** Throws the collected errors, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new JsonReadException(list());
    }
  }
}
