package nl.lea.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.internal.DomainReader;
import nl.lea.json.internal.DomainWriter;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.JarenReader;
import nl.lea.json.internal.Node;
import nl.lea.json.internal.Parsing;
import nl.lea.json.internal.ToezichtReader;
import org.apiguardian.api.API;

/**
 * Reads and writes the questionnaire format {@code lea-vragenlijst/1} (docs/formaten.md) and the
 * inspector's judgements {@code lea-toezicht/1} (docs/toezicht.md §4).
 *
 * <p>The reader enforces every rule of the format and of the domain, and reports <em>every</em>
 * error at once, each with its JSON Pointer; it either returns the complete document or throws a
 * {@link JsonReadException}. Input is bounded: more than 64 MiB, nesting deeper than 64 or a
 * string longer than 100,000 characters is an error, never an out-of-memory failure. The writer
 * produces canonical JSON, so that {@code readVragenlijst(writeVragenlijst(v)).equals(v)} and
 * writing what was read is byte-stable. For example:
 *
 * <pre>{@code
 * Vragenlijst v = LeaJson.readVragenlijst(Path.of("vragenlijst-2022.json"));
 * String json = LeaJson.writeVragenlijst(v, true);   // pretty, two-space indentation
 * }</pre>
 *
 * <p>A {@code lea-toezicht/1} document is read <em>against</em> the questionnaire document of the
 * same year and the risk rules in use, so that cross-document errors (an unknown gemeente, a rule
 * that did not fire, a contact without a possible risk) come with their pointers too:
 *
 * <pre>{@code
 * Beoordelingen b = LeaJson.readToezicht(Path.of("toezicht-2022.json"), v, Risicoanalyse.standaard());
 * }</pre>
 *
 * <p>For toddler registers in {@code lea-peuters/1} (JSON Lines) see {@link PeuterReader}; for
 * Jackson {@code ObjectMapper}s see {@link nl.lea.json.jackson.LeaModule}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LeaJson {

  private LeaJson() {}

  /**
   * Reads a questionnaire document from a file.
   *
   * @param file the file, UTF-8, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Vragenlijst readVragenlijst(Path file) {
    DomainValidationException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readVragenlijst(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a questionnaire document from a stream, which is read to its end but not closed.
   *
   * @param in the stream, UTF-8, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Vragenlijst readVragenlijst(InputStream in) {
    DomainValidationException.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(Parsing.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readVragenlijst(bytes);
  }

  /**
   * Reads a questionnaire document from its text.
   *
   * @param json the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Vragenlijst readVragenlijst(String json) {
    DomainValidationException.requireNonNull(json, "json");
    return readVragenlijst(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a questionnaire document from its UTF-8 bytes.
   *
   * @param bytes the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Vragenlijst readVragenlijst(byte[] bytes) {
    Errors errors = new Errors();
    Node root = boom(bytes, errors);
    Vragenlijst v = new DomainReader(errors).vragenlijst(root, "");
    errors.throwIfAny();
    return v;
  }

  /**
   * Writes a questionnaire document as canonical JSON text.
   *
   * @param vragenlijst the document, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @return the JSON text, not null
   */
  public static String writeVragenlijst(Vragenlijst vragenlijst, boolean pretty) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    StringWriter w = new StringWriter();
    try {
      schrijf(vragenlijst, w, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes a questionnaire document as canonical UTF-8 JSON to a stream, which is flushed but not
   * closed.
   *
   * @param vragenlijst the document, not null
   * @param out the stream, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @throws UncheckedIOException if writing fails
   */
  public static void writeVragenlijst(Vragenlijst vragenlijst, OutputStream out, boolean pretty) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(out, "out");
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      schrijf(vragenlijst, w, pretty);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a questionnaire document as canonical UTF-8 bytes.
   *
   * @param vragenlijst the document, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @return the bytes, not null
   */
  public static byte[] writeVragenlijstBytes(Vragenlijst vragenlijst, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVragenlijst(vragenlijst, out, pretty);
    return out.toByteArray();
  }

  /**
   * Reads a toezicht document from a file, against its questionnaire document and rules.
   *
   * @param file the file, UTF-8, not null
   * @param vragenlijst the questionnaire document of the same year, not null
   * @param regels the risk rules in use, such as {@code Risicoanalyse.standaard()}, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Beoordelingen readToezicht(Path file, Vragenlijst vragenlijst, Regelset regels) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(regels, "regels");
    return readToezicht(bytes(file), vragenlijst, regels);
  }

  /**
   * Reads a toezicht document from its text, against its questionnaire document and rules.
   *
   * @param json the document, not null
   * @param vragenlijst the questionnaire document of the same year, not null
   * @param regels the risk rules in use, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Beoordelingen readToezicht(String json, Vragenlijst vragenlijst, Regelset regels) {
    DomainValidationException.requireNonNull(json, "json");
    return readToezicht(json.getBytes(StandardCharsets.UTF_8), vragenlijst, regels);
  }

  /**
   * Reads a toezicht document from its UTF-8 bytes, against its questionnaire document and rules
   * (docs/toezicht.md §4): every error at once, each with its JSON Pointer; the same limits and
   * malformed-JSON rules as {@link #readVragenlijst(byte[])}.
   *
   * @param bytes the document, not null
   * @param vragenlijst the questionnaire document of the same year, not null
   * @param regels the risk rules in use, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Beoordelingen readToezicht(byte[] bytes, Vragenlijst vragenlijst, Regelset regels) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(regels, "regels");
    return lees(bytes, (errors, root) -> new ToezichtReader(errors, vragenlijst, regels).beoordelingen(root, ""));
  }

  /**
   * Writes a toezicht document as canonical JSON text: {@code readToezicht(writeToezicht(b), v,
   * r).equals(b)} for the questionnaire document and rules it was judged against.
   *
   * @param beoordelingen the document, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @return the JSON text, not null
   */
  public static String writeToezicht(Beoordelingen beoordelingen, boolean pretty) {
    DomainValidationException.requireNonNull(beoordelingen, "beoordelingen");
    return schrijf(pretty, w -> w.beoordelingen(beoordelingen));
  }

  /**
   * Gets the format a document names in its top-level {@code schema} member, so that an
   * application that receives several kinds of document can pick the reader: for example {@code
   * lea-vragenlijst/2}, {@code lea-toezicht/1}, {@code lea-herindelingen/1} or {@code
   * lea-cijfers/1}. Nothing is validated; the reader of the format reports every error.
   *
   * @param bytes the document, UTF-8, not null
   * @return the schema name, empty if the text is not a JSON object (within the readers' limits)
   *     with a string member {@code schema}
   */
  public static Optional<String> schema(byte[] bytes) {
    DomainValidationException.requireNonNull(bytes, "bytes");
    if (bytes.length > Parsing.MAX_DOCUMENT_BYTES || Parsing.codering(bytes, 0, bytes.length, 1) != null) {
      return Optional.empty();
    }
    Node root = Parsing.tree(bytes, 0, bytes.length, new Errors(), 0);
    Node schema = root == null || root.kind() != Node.Kind.OBJECT ? null : root.fields().get("schema");
    return schema == null || schema.kind() != Node.Kind.STRING ? Optional.empty() : Optional.of(schema.text());
  }

  /**
   * Reads a herindelingen document ({@code lea-herindelingen/1}, docs/jaren.md §2) from a file.
   *
   * @param file the file, UTF-8, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Herindelingen readHerindelingen(Path file) {
    return readHerindelingen(bytes(file));
  }

  /**
   * Reads a herindelingen document ({@code lea-herindelingen/1}) from its text.
   *
   * @param json the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Herindelingen readHerindelingen(String json) {
    DomainValidationException.requireNonNull(json, "json");
    return readHerindelingen(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a herindelingen document ({@code lea-herindelingen/1}) from its UTF-8 bytes: every error
   * at once, each with its JSON Pointer ({@code /herindelingen/1/van/0/code}); the same limits and
   * malformed-JSON rules as {@link #readVragenlijst(byte[])}.
   *
   * @param bytes the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Herindelingen readHerindelingen(byte[] bytes) {
    return lees(bytes, (errors, root) -> new JarenReader(errors).herindelingen(root, ""));
  }

  /**
   * Writes a herindelingen document as canonical JSON text: {@code
   * readHerindelingen(writeHerindelingen(h, p)).equals(h)}.
   *
   * @param herindelingen the document, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @return the JSON text, not null
   */
  public static String writeHerindelingen(Herindelingen herindelingen, boolean pretty) {
    DomainValidationException.requireNonNull(herindelingen, "herindelingen");
    return schrijf(pretty, w -> w.herindelingen(herindelingen));
  }

  /**
   * Gets the herindelingen lea ships ({@code herindelingen-nl.json}): the differences between the
   * CBS lists of gemeenten of 1 January 2022 and 1 January 2023 (Weesp into Amsterdam on 24 March
   * 2022, Voorne aan Zee on 1 January 2023). A comparison uses them when it is given none.
   *
   * @return the herindelingen, not null
   */
  public static Herindelingen herindelingenNl() {
    return readHerindelingen(resource("herindelingen-nl.json"));
  }

  /**
   * Reads a published-figures document ({@code lea-cijfers/1}, docs/jaren.md §3) from a file.
   *
   * @param file the file, UTF-8, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Cijfers readCijfers(Path file) {
    return readCijfers(bytes(file));
  }

  /**
   * Reads a published-figures document ({@code lea-cijfers/1}) from its text.
   *
   * @param json the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Cijfers readCijfers(String json) {
    DomainValidationException.requireNonNull(json, "json");
    return readCijfers(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a published-figures document ({@code lea-cijfers/1}) from its UTF-8 bytes: every error
   * at once, each with its JSON Pointer. That each figure names a count row of the report's tables
   * is checked by lea-rapport, which holds the table registry.
   *
   * @param bytes the document, not null
   * @return the complete document, not null
   * @throws JsonReadException if the document is invalid, listing every error
   */
  public static Cijfers readCijfers(byte[] bytes) {
    return lees(bytes, (errors, root) -> new JarenReader(errors).cijfers(root, ""));
  }

  /**
   * Writes a published-figures document as canonical JSON text: {@code
   * readCijfers(writeCijfers(c, p)).equals(c)}.
   *
   * @param cijfers the document, not null
   * @param pretty true for two-space indentation and a final newline, false for compact JSON
   * @return the JSON text, not null
   */
  public static String writeCijfers(Cijfers cijfers, boolean pretty) {
    DomainValidationException.requireNonNull(cijfers, "cijfers");
    return schrijf(pretty, w -> w.cijfers(cijfers));
  }

  /**
   * Gets the published figures lea ships ({@code cijfers-nl.json}): the one figure of 2021 the
   * report compares with, 35 of 325 gemeenten without LEA-overleg, with its source.
   *
   * @return the figures, not null
   */
  public static Cijfers cijfersNl() {
    return readCijfers(resource("cijfers-nl.json"));
  }

  /** One of lea-json's shipped documents. */
  private static byte[] resource(String naam) {
    try (InputStream in = LeaJson.class.getResourceAsStream(naam)) {
      if (in == null) {
        throw new IllegalStateException("lea-json lacks its resource " + naam);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a file, one more than the limit at most (so the reader can say it is too large). */
  private static byte[] bytes(Path file) {
    DomainValidationException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Parsing.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A document written by the canonical writer. */
  private interface Schrijver {
    void schrijf(DomainWriter w) throws IOException;
  }

  private static String schrijf(boolean pretty, Schrijver s) {
    StringWriter w = new StringWriter();
    try {
      s.schrijf(new DomainWriter(new JsonTextWriter(w, pretty)));
      if (pretty) {
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Reads a document's tree with a reader, then throws every error the parse and the reader found. */
  private static <T> T lees(byte[] bytes, java.util.function.BiFunction<Errors, Node, T> lezer) {
    Errors errors = new Errors();
    Node root = boom(bytes, errors);
    T waarde = lezer.apply(errors, root);
    errors.throwIfAny();
    return waarde;
  }

  /** Parses a document into a tree, throwing at once for a size, encoding or syntax error. */
  private static Node boom(byte[] bytes, Errors errors) {
    DomainValidationException.requireNonNull(bytes, "bytes");
    if (bytes.length > Parsing.MAX_DOCUMENT_BYTES) {
      errors.add(JsonError.atLocation(1, 1, "the document is larger than 64 MiB"));
      errors.throwIfAny();
    }
    JsonError codering = Parsing.codering(bytes, 0, bytes.length, 1);
    if (codering != null) {
      errors.add(codering);
      errors.throwIfAny();
    }
    Node root = Parsing.tree(bytes, 0, bytes.length, errors, 0);
    if (root == null) {
      errors.throwIfAny();
    }
    return root;
  }

  private static void schrijf(Vragenlijst vragenlijst, Writer w, boolean pretty) throws IOException {
    new DomainWriter(new JsonTextWriter(w, pretty)).vragenlijst(DomainValidationException.requireNonNull(vragenlijst, "vragenlijst"));
    if (pretty) {
      w.write('\n');
    }
  }
}
