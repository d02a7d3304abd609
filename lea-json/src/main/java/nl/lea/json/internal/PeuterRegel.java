package nl.lea.json.internal;

import nl.lea.core.peuter.Peuter;
import nl.lea.json.JsonError;

/**
 * One line of a {@code lea-peuters/1} file as both readers take it, sequential and parallel: the
 * encoding check of the first line, blank lines skipped, the fast path, and otherwise the full
 * reader with every error prefixed by its line number. One definition, so both report exactly the
 * same. Not API.
 */
public final class PeuterRegel {

  private PeuterRegel() {}

  /**
   * Reads one line (without its line end and without one trailing carriage return).
   *
   * @param regel the bytes, from index 0
   * @param lengte the number of bytes of the line
   * @param regelnummer the line's number in the file, from 1
   * @param errors receives the line's errors
   * @return the record, or null for a blank or invalid line
   */
  public static Peuter lees(byte[] regel, int lengte, long regelnummer, Errors errors) {
    if (regelnummer == 1) {
      JsonError codering = Parsing.codering(regel, 0, lengte, 1);
      if (codering != null) {
        errors.add(codering);
        return null;
      }
    }
    if (isLeeg(regel, 0, lengte)) {
      return null;
    }
    Peuter snel = PeuterSnel.lees(regel, 0, lengte);
    if (snel != null) {
      return snel;
    }
    Errors regelFouten = new Errors();
    Node node = Parsing.tree(regel, 0, lengte, regelFouten, (int) Math.min(Integer.MAX_VALUE, regelnummer - 1));
    Peuter p = node == null ? null : new DomainReader(regelFouten).peuter(node, "");
    if (!regelFouten.isEmpty()) {
      String prefix = "line " + regelnummer + ": ";
      for (JsonError e : regelFouten.list()) {
        errors.add(e.line().isPresent() ? e : e.withPrefix(prefix));
      }
      return null;
    }
    return p;
  }

  /** Whether the bytes are only spaces, tabs and carriage returns (or none). */
  public static boolean isLeeg(byte[] b, int van, int tot) {
    for (int i = van; i < tot; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The error of a line longer than {@code max} bytes. */
  public static JsonError teLang(long regelnummer, int max) {
    return JsonError.at("line " + regelnummer, "the line is longer than " + max + " bytes", null);
  }
}
