package nl.lea.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON Schemas (draft 2020-12) of lea's formats, for the systems that produce lea's documents
 * and want to check a file before they send it: everything JSON Schema can say about a format it
 * says (types, required fields, enums, ranges, patterns, sets, no unknown fields, the cross-field
 * rules {@code if}/{@code then} can state), and its {@code description} lists by field what only
 * lea's reader checks. A document the schema rejects, lea rejects too. For example:
 *
 * <pre>{@code
 * String schema = LeaSchema.VRAGENLIJST.tekst();   // also: ./lea schema vragenlijst
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LeaSchema {
  /** {@code lea-vragenlijst/1}: one verslagjaar of questionnaire answers. */
  VRAGENLIJST("lea-vragenlijst-1.schema.json"),
  /** {@code lea-peuters/1}: one line (one toddler) of a register. */
  PEUTERS("lea-peuters-1.schema.json"),
  /** {@code lea-toezicht/1}: the inspector's judgement, for the default risk rules. */
  TOEZICHT("lea-toezicht-1.schema.json");

  private final String bestand;

  LeaSchema(String bestand) {
    this.bestand = bestand;
  }

  /**
   * Gets the name of the schema's resource, such as {@code lea-vragenlijst-1.schema.json}.
   *
   * @return the file name, not null
   */
  public String bestandsnaam() {
    return bestand;
  }

  /**
   * Gets the schema as JSON text.
   *
   * @return the schema, not null
   */
  public String tekst() {
    try (InputStream in = LeaSchema.class.getResourceAsStream("schema/" + bestand)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds a schema by its lower-case name, as on the command line.
   *
   * @param naam {@code vragenlijst}, {@code peuters} or {@code toezicht}, not null
   * @return the schema, empty for another name
   */
  public static Optional<LeaSchema> of(String naam) {
    nl.lea.core.DomainValidationException.requireNonNull(naam, "naam");
    for (LeaSchema s : values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(naam)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
