package nl.lea.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.lea.core.Gemeente;

/** The 342 real gemeenten of 1 January 2023, read once from the shipped CSV (see SOURCE.md). */
final class EchteGemeenten {

  static final List<Gemeente> ALLE = lees("gemeenten-2023-01-01.csv");

  private EchteGemeenten() {}

  private static List<Gemeente> lees(String bestand) {
    try (InputStream in = EchteGemeenten.class.getResourceAsStream(bestand)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + bestand + " is missing from lea-testkit");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Gemeente> gemeenten = new ArrayList<>();
      String regel = reader.readLine(); // header: gemcode,name,vrCode
      while ((regel = reader.readLine()) != null) {
        if (!regel.isBlank()) {
          List<String> velden = velden(regel);
          gemeenten.add(Gemeente.of(velden.get(0), velden.get(1)));
        }
      }
      return Collections.unmodifiableList(gemeenten);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits one CSV line; fields may be quoted (a name holds a comma). */
  private static List<String> velden(String regel) {
    List<String> velden = new ArrayList<>();
    StringBuilder veld = new StringBuilder();
    boolean tussenAanhalingstekens = false;
    for (int i = 0; i < regel.length(); i++) {
      char c = regel.charAt(i);
      if (c == '"') {
        tussenAanhalingstekens = !tussenAanhalingstekens;
      } else if (c == ',' && !tussenAanhalingstekens) {
        velden.add(veld.toString());
        veld.setLength(0);
      } else {
        veld.append(c);
      }
    }
    velden.add(veld.toString());
    return velden;
  }
}
