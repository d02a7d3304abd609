package nl.lea.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What every read must end in, for the fuzz and mutation tests: an accepted document that the
 * canonical writer reproduces, or errors that each are one line, say what is wrong, and point at
 * the offending value (or its missing member's parent) in the input.
 */
final class Uitkomsten {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Uitkomsten() {}

  /**
   * Reads bytes with a reader and checks the outcome.
   *
   * @param bytes the input
   * @param lees the reader
   * @param schrijf the canonical writer of what the reader returns
   */
  static <T> void controleer(byte[] bytes, Function<byte[], T> lees, Function<T, String> schrijf) {
    T waarde;
    try {
      waarde = lees.apply(bytes);
    } catch (JsonReadException e) {
      JsonNode boom = boom(bytes);
      for (JsonError f : e.errors()) {
        String regel = f.toString();
        if (regel.indexOf('\n') >= 0 || regel.indexOf('\r') >= 0) {
          throw new AssertionError("an error of more than one line: " + regel);
        }
        if (f.message().isBlank()) {
          throw new AssertionError("an error without a message: " + regel);
        }
        String p = f.pointer();
        boolean gelokaliseerd = f.line().isPresent();
        if (!gelokaliseerd && !p.isEmpty() && !p.startsWith("/")) {
          throw new AssertionError("an error that is neither at a pointer nor at a line: " + regel);
        }
        if (boom != null && p.startsWith("/") && !gelokaliseerd && !bestaat(boom, p)) {
          throw new AssertionError("a pointer that is not in the input (nor its parent): " + regel);
        }
      }
      return;
    }
    String tekst = schrijf.apply(waarde);
    T terug = lees.apply(tekst.getBytes(StandardCharsets.UTF_8));
    if (!terug.equals(waarde)) {
      throw new AssertionError("an accepted document does not survive its canonical form: " + tekst);
    }
  }

  /** The input as a tree when plain Jackson can read it (keeping the last of repeated keys). */
  private static JsonNode boom(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (Exception e) {
      return null;
    }
  }

  /** The pointer's value exists, or (for a missing member or a repeated key) its parent does. */
  private static boolean bestaat(JsonNode boom, String pointer) {
    if (!boom.at(pointer).isMissingNode()) {
      return true;
    }
    String ouder = pointer.substring(0, pointer.lastIndexOf('/'));
    return !boom.at(ouder).isMissingNode();
  }
}
