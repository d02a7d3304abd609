package nl.lea.jackson3;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring-Boot-4-style application: Jackson 3's {@code JsonMapper} only, no Jackson 2 databind on
 * its class path. Run by {@link Jackson3ZonderJackson2Test} in a JVM of its own; prints one line per
 * check.
 */
public final class Jackson3Consument {

  private Jackson3Consument() {}

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      System.out.println("jackson2 aanwezig");
    } catch (ClassNotFoundException e) {
      System.out.println("jackson2 afwezig");
    }
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String tekst = Files.readString(Path.of(args[0]));
    Vragenlijst v = mapper.readValue(tekst, Vragenlijst.class);
    System.out.println("gemeenten " + v.gemeenten().size());
    System.out.println("rondreis " + mapper.readValue(mapper.writeValueAsString(v), Vragenlijst.class).equals(v));
    try {
      mapper.readValue("{\"gemeente\":{\"code\":\"GM0014\",\"naam\":\"Groningen\"},\"ingevuld\":\"ja\"}", GemeenteAntwoord.class);
    } catch (InvalidLeaJsonException e) {
      System.out.println("fout " + e.errors().get(0));
    }
  }
}
