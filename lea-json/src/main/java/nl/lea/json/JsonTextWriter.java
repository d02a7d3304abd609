package nl.lea.json;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * Writes JSON text in lea's canonical layout: compact, or pretty with two-space indentation, {@code
 * ": "} after a name and empty containers as {@code []} and {@code {}}. Strings escape {@code "},
 * {@code \}, control characters and unpaired surrogates, so any Java string survives a round
 * trip. For example:
 *
 * <pre>{@code
 * StringWriter s = new StringWriter();
 * JsonTextWriter w = new JsonTextWriter(s, false);
 * w.beginObject();
 * w.name("code");
 * w.string("GM0014");
 * w.endObject();                      // {"code":"GM0014"}
 * }</pre>
 *
 * <p>Instances are not thread-safe; the writer is not flushed or closed.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JsonTextWriter implements JsonOutput {

  private final Writer out;
  private final boolean pretty;
  /** Per open container: whether it has an element yet; and whether it is an object. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean naNaam;

  /**
   * Creates a writer.
   *
   * @param out where the text goes, not null
   * @param pretty true for two-space indentation, false for compact JSON
   */
  public JsonTextWriter(Writer out, boolean pretty) {
    this.out = DomainValidationException.requireNonNull(out, "out");
    this.pretty = pretty;
  }

  private void voorWaarde() throws IOException {
    if (naNaam) {
      naNaam = false;
      return;
    }
    element();
  }

  private void element() throws IOException {
    if (open.isEmpty()) {
      return;
    }
    boolean[] heeft = open.peek();
    if (heeft[0]) {
      out.write(',');
    }
    heeft[0] = true;
    if (pretty) {
      out.write('\n');
      inspringen(open.size());
    }
  }

  private void inspringen(int diepte) throws IOException {
    for (int i = 0; i < diepte; i++) {
      out.write("  ");
    }
  }

  private void sluit(char c) throws IOException {
    boolean object = c == '}';
    if (open.isEmpty() || open.peek()[1] != object || naNaam) {
      throw new IOException((object ? "endObject()" : "endArray()") + " does not close an open "
          + (object ? "object" : "array") + (naNaam ? " (a name waits for its value)" : ""));
    }
    boolean[] heeft = open.pop();
    if (pretty && heeft[0]) {
      out.write('\n');
      inspringen(open.size());
    }
    out.write(c);
  }

  @Override
  public void beginObject() throws IOException {
    voorWaarde();
    out.write('{');
    open.push(new boolean[] {false, true});
  }

  @Override
  public void endObject() throws IOException {
    sluit('}');
  }

  @Override
  public void beginArray() throws IOException {
    voorWaarde();
    out.write('[');
    open.push(new boolean[] {false, false});
  }

  @Override
  public void endArray() throws IOException {
    sluit(']');
  }

  @Override
  public void name(String name) throws IOException {
    DomainValidationException.requireNonNull(name, "name");
    if (open.isEmpty() || !open.peek()[1] || naNaam) {
      throw new IOException("name(\"" + name + "\") is not inside an object, or follows another name");
    }
    element();
    tekst(name);
    out.write(pretty ? ": " : ":");
    naNaam = true;
  }

  @Override
  public void string(String value) throws IOException {
    DomainValidationException.requireNonNull(value, "value");
    voorWaarde();
    tekst(value);
  }

  @Override
  public void number(long value) throws IOException {
    voorWaarde();
    out.write(Long.toString(value));
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    DomainValidationException.requireNonNull(value, "value");
    voorWaarde();
    out.write(value.toPlainString());
  }

  @Override
  public void bool(boolean value) throws IOException {
    voorWaarde();
    out.write(value ? "true" : "false");
  }

  @Override
  public void nul() throws IOException {
    voorWaarde();
    out.write("null");
  }

  private void tekst(String s) throws IOException {
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.write("\\\"");
          break;
        case '\\':
          out.write("\\\\");
          break;
        case '\n':
          out.write("\\n");
          break;
        case '\r':
          out.write("\\r");
          break;
        case '\t':
          out.write("\\t");
          break;
        case '\b':
          out.write("\\b");
          break;
        case '\f':
          out.write("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            unicode(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.write(c);
            out.write(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicode(c);
          } else {
            out.write(c);
          }
      }
    }
    out.write('"');
  }

  private void unicode(char c) throws IOException {
    String hex = Integer.toHexString(c);
    out.write("\\u");
    out.write("0000", 0, 4 - hex.length());
    out.write(hex);
  }
}
