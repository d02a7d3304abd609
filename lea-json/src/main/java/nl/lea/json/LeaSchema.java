package nl.lea.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.lea.core.toezicht.Regelset;
import org.apiguardian.api.API;

/**
 * The JSON Schemas (draft 2020-12) of lea's formats, for the systems that produce lea's documents
 * and want to check a file before they send it: everything JSON Schema can say about a format it
 * says (types, required fields, enums, ranges, patterns, sets, no unknown fields, the cross-field
 * rules {@code if}/{@code then} can state), and its {@code description} lists by field what only
 * lea's reader checks. A document the schema rejects, lea rejects too. For example:
 *
 * <pre>{@code
 * String schema = LeaSchema.VRAGENLIJST.tekst();     // also: ./lea schema vragenlijst
 * String versie1 = LeaSchema.VRAGENLIJST_1.tekst();  // also: ./lea schema vragenlijst/1
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LeaSchema {
  /**
   * {@code lea-vragenlijst/2}: one verslagjaar of questionnaire answers as a jaarverantwoording,
   * the version lea writes when an answer holds one of its items. It is {@link #VRAGENLIJST_1}
   * with the items version 2 adds (one JSON Merge Patch, RFC 7386, on that schema).
   */
  VRAGENLIJST("lea-vragenlijst-2.schema.json"),
  /** {@code lea-vragenlijst/1}: one verslagjaar of questionnaire answers, version 1. */
  VRAGENLIJST_1("lea-vragenlijst-1.schema.json"),
  /** {@code lea-peuters/1}: one line (one toddler) of a register. */
  PEUTERS("lea-peuters-1.schema.json"),
  /**
   * {@code lea-toezicht/1}: the inspector's judgement. The codes a judgement may accept come from
   * the rules in use ({@link #tekst(Regelset)}); without them any code is allowed here.
   */
  TOEZICHT("lea-toezicht-1.schema.json");

  /** Where the toezicht schema lists the acceptable rule codes, and where it names the rule set. */
  private static final String REGELS = "\"enum\": \"{REGELS}\",";
  private static final String BEREIK = "{REGELBEREIK}";

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
   * Gets the schema as JSON text; the toezicht schema allows any rule code (see {@link
   * #tekst(Regelset)}).
   *
   * @return the schema, not null
   */
  public String tekst() {
    return bron().replace(REGELS, "\"type\": \"string\",").replace(BEREIK, "in use");
  }

  /**
   * Gets the schema as JSON text for the rules in use: the toezicht schema's {@code regel} is one of
   * their codes but the {@linkplain Regelset#nietIngevuld() rule for a questionnaire not returned},
   * so a rule added to the rule set reaches the schema by itself. The other schemas do not depend on
   * the rules.
   *
   * <p>For example, {@code LeaSchema.TOEZICHT.tekst(Risicoanalyse.standaard())} lists L1 … V5.
   *
   * @param regels the rules in use, not null
   * @return the schema, not null
   */
  public String tekst(Regelset regels) {
    nl.lea.core.DomainValidationException.requireNonNull(regels, "regels");
    StringBuilder codes = new StringBuilder("\"enum\": [");
    String inspringing = "\n                    ";
    List<String> aanvaardbaar = regels.codes().stream().filter(c -> regels.nietIngevuld().filter(c::equals).isEmpty()).toList();
    for (int i = 0; i < aanvaardbaar.size(); i++) {
      codes.append(i == 0 ? "" : ",").append(inspringing).append('"').append(aanvaardbaar.get(i)).append('"');
    }
    codes.append("\n                  ],");
    return bron().replace(REGELS, codes).replace(BEREIK, bereik(regels.codes()));
  }

  /**
   * The codes as the schema's description names them, runs of one letter and consecutive numbers
   * as a range: {@code L0\u2013L5, V1\u2013V5} (the en dash written as a JSON escape).
   */
  private static String bereik(List<String> codes) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < codes.size()) {
      int j = i;
      while (j + 1 < codes.size() && volgt(codes.get(j), codes.get(j + 1))) {
        j++;
      }
      b.append(b.length() == 0 ? "" : ", ").append(codes.get(i));
      if (j > i) {
        b.append("\\u2013").append(codes.get(j));
      }
      i = j + 1;
    }
    return b.toString();
  }

  /** Whether code b is code a with the next number, such as L3 and L4. */
  private static boolean volgt(String a, String b) {
    int na = nummer(a);
    int nb = nummer(b);
    return na >= 0 && nb == na + 1 && a.substring(0, a.length() - String.valueOf(na).length())
        .equals(b.substring(0, b.length() - String.valueOf(nb).length()));
  }

  private static int nummer(String code) {
    int i = code.length();
    while (i > 0 && Character.isDigit(code.charAt(i - 1))) {
      i--;
    }
    return i == code.length() || code.length() - i > 6 ? -1 : Integer.parseInt(code.substring(i));
  }

  private String bron() {
    if (this == VRAGENLIJST) {
      return nl.lea.json.internal.MergePatch.apply(lees(VRAGENLIJST_1.bestand), lees("lea-vragenlijst-2.patch.json"));
    }
    return lees(bestand);
  }

  private static String lees(String bestand) {
    try (InputStream in = LeaSchema.class.getResourceAsStream("schema/" + bestand)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name on the command line: {@code vragenlijst}, {@code vragenlijst/1}, {@code peuters}, {@code toezicht}. */
  private String naam() {
    return name().toLowerCase(Locale.ROOT).replace('_', '/');
  }

  /**
   * Finds a schema by its lower-case name, as on the command line.
   *
   * @param naam {@code vragenlijst} (or {@code vragenlijst/2}), {@code vragenlijst/1}, {@code
   *     peuters} or {@code toezicht}, not null
   * @return the schema, empty for another name
   */
  public static Optional<LeaSchema> of(String naam) {
    nl.lea.core.DomainValidationException.requireNonNull(naam, "naam");
    if (naam.equals("vragenlijst/2")) {
      return Optional.of(VRAGENLIJST);
    }
    for (LeaSchema s : values()) {
      if (s.naam().equals(naam)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the names {@link #of(String)} knows, for a message.
   *
   * @return the names, not null
   */
  public static List<String> namen() {
    return java.util.Arrays.stream(values()).map(LeaSchema::naam).toList();
  }
}
