package nl.lea.rapport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's wording, the one source of every table's title and heading and of the row labels
 * the domain does not give itself.
 *
 * <p>Two files in the format {@code lea-labels/1}: {@code labels.json}, the specification's file
 * byte for byte (the tables the printed report has, worded as it prints them), and {@code
 * labels-lea.json}, lea's own for its tables the report does not print (the waarborgtoezicht). A
 * table is worded in exactly one of them ({@code WoordingTest} checks both).
 */
final class Labels {

  /**
   * One table's wording: its title, its heading with {@code {jaar}} and {@code {n}}, its row labels,
   * and, for a table with rows worded from the printed report, the rows that are not (their {@code
   * bron} is not a seed line): in a table the report prints row by row, answers the questionnaire
   * has and the report does not list.
   */
  record Tekst(String titel, String titelMetJaarEnN, Map<String, String> rijen, Set<String> nietGedrukt) {}

  /** The resources read, in order. */
  static final String[] BESTANDEN = {"labels.json", "labels-lea.json"};

  private static final Map<String, Tekst> TABELLEN = lees();

  private Labels() {}

  /**
   * The wording of one table.
   *
   * @param tabel the table id
   * @return its wording, empty if neither file words it
   */
  static Optional<Tekst> of(String tabel) {
    return Optional.ofNullable(TABELLEN.get(tabel));
  }

  private static Map<String, Tekst> lees() {
    Map<String, Tekst> tabellen = new LinkedHashMap<>();
    JsonFactory json = JsonFactory.builder().build();
    for (String bestand : BESTANDEN) {
      try (InputStream in = Labels.class.getResourceAsStream(bestand)) {
        if (in == null) {
          throw new IllegalStateException("resource nl/lea/rapport/" + bestand + " is missing");
        }
        try (JsonParser p = json.createParser(in)) {
          Map<String, Object> document = object(p, p.nextToken());
          @SuppressWarnings("unchecked")
          Map<String, Object> perTabel = (Map<String, Object>) document.get("tabellen");
          perTabel.forEach((id, waarde) -> {
            if (tabellen.put(id, tekst(waarde)) != null) {
              throw new IllegalStateException(bestand + ": table " + id + " is worded twice");
            }
          });
        }
      } catch (IOException e) {
        throw new UncheckedIOException(bestand + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableMap(tabellen);
  }

  @SuppressWarnings("unchecked")
  private static Tekst tekst(Object waarde) {
    Map<String, Object> tabel = (Map<String, Object>) waarde;
    Map<String, String> rijen = new LinkedHashMap<>();
    Set<String> afgeleid = new LinkedHashSet<>();
    boolean gedrukt = false;
    for (Map.Entry<String, Object> e : ((Map<String, Object>) tabel.get("rijen")).entrySet()) {
      Map<String, Object> rij = (Map<String, Object>) e.getValue();
      rijen.put(e.getKey(), (String) rij.get("label"));
      if (String.valueOf(rij.get("bron")).startsWith("seed")) {
        gedrukt = true;
      } else {
        afgeleid.add(e.getKey());
      }
    }
    return new Tekst((String) tabel.get("titel"), (String) tabel.get("titelMetJaarEnN"), Collections.unmodifiableMap(rijen),
        gedrukt ? Collections.unmodifiableSet(afgeleid) : Set.of());
  }

  /** An object of strings and objects, as labels.json holds them. */
  private static Map<String, Object> object(JsonParser p, JsonToken begin) throws IOException {
    if (begin != JsonToken.START_OBJECT) {
      throw new IOException("expected an object at " + p.currentLocation());
    }
    Map<String, Object> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String naam = p.currentName();
      JsonToken t = p.nextToken();
      map.put(naam, t == JsonToken.START_OBJECT ? object(p, t) : p.getValueAsString());
    }
    return map;
  }
}
