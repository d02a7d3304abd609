package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.json.LeaProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Issue 25, item 2 on Jackson 3: lea's errors, malformed JSON and an empty body as one problem each. */
class LeaProblemenTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private static RuntimeException gelezen(String body) {
    Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(body, GemeenteAntwoord.class));
    return new RuntimeException("I/O error while reading input message", e);
  }

  @Test
  void everyFailureOfABodyIsAProblemWithItsPlaces() {
    LeaProblem lea = LeaProblemen.van(gelezen("{\"gemeente\": {\"code\": \"GM0014\", \"naam\": \"Groningen\"}, \"ingevuld\": true}"))
        .orElseThrow();
    assertTrue(lea.fouten().stream().allMatch(f -> f.pointer().startsWith("/")), lea.toString());
    LeaProblem kapot = LeaProblemen.van(gelezen("{\n  \"gemeente\": {\"code\": \"GM0014\" \"naam\": \"x\"}}")).orElseThrow();
    assertEquals("line 2, column 33: malformed JSON: expected ',' or '}' after a field, found '\"'", kapot.fouten().get(0).toString());
    assertEquals(Optional.of(LeaProblem.leeg()), LeaProblemen.van(gelezen("")));
    assertEquals(Optional.empty(), LeaProblemen.van(new IllegalStateException("iets anders")));
  }
}
