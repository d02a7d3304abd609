package nl.lea.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The report's wording: every table's title and every row's label as the printed report has them.
 *
 * <p>The wording comes from the specification's {@code labels.json}, shipped as the resource
 * {@code labels.properties} so that this module needs no JSON parser; {@code WoordingTest} checks
 * the two agree.
 */
final class Labels {

  /** One table's wording: its title, its heading with {@code {jaar}} and {@code {n}}, its row labels. */
  record Tekst(String titel, String titelMetJaarEnN, Map<String, String> rijen) {}

  private static final Map<String, Tekst> TABELLEN = lees();

  private Labels() {}

  /**
   * The wording of one table.
   *
   * @param tabel the table id
   * @return its wording, empty if labels.json does not word it
   */
  static Optional<Tekst> van(String tabel) {
    return Optional.ofNullable(TABELLEN.get(tabel));
  }

  private static Map<String, Tekst> lees() {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("resource nl/lea/rapport/labels.properties is missing");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("labels.properties: " + e.getMessage(), e);
    }
    Map<String, String> titels = new HashMap<>();
    Map<String, String> koppen = new HashMap<>();
    Map<String, Map<String, String>> rijen = new HashMap<>();
    for (String sleutel : p.stringPropertyNames()) {
      String[] delen = sleutel.split("\\|", 3);
      String waarde = p.getProperty(sleutel);
      switch (delen[1]) {
        case "titel" -> titels.put(delen[0], waarde);
        case "titelMetJaarEnN" -> koppen.put(delen[0], waarde);
        case "rij" -> rijen.computeIfAbsent(delen[0], k -> new HashMap<>()).put(delen[2], waarde);
        default -> throw new IllegalStateException("labels.properties: unknown key " + sleutel);
      }
    }
    Map<String, Tekst> tabellen = new HashMap<>();
    titels.forEach((id, titel) -> tabellen.put(id,
        new Tekst(titel, koppen.getOrDefault(id, titel), Map.copyOf(rijen.getOrDefault(id, Map.of())))));
    return Collections.unmodifiableMap(tabellen);
  }
}
