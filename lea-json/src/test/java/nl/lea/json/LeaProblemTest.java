package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, item 2: every way a request body fails, lea's errors, malformed JSON and an empty body,
 * becomes one RFC 9457 problem a web app can return, found through the framework's wrapping.
 */
class LeaProblemTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a framework does: the mapper's exception, wrapped once more. */
  private static RuntimeException gelezen(String body) {
    Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(body, GemeenteAntwoord.class));
    return new RuntimeException("I/O error while reading input message", e);
  }

  @Test
  void leasOwnErrorsKeepTheirPointersAsTheReaderGivesThem() throws Exception {
    String body = "{\"gemeente\": {\"code\": \"GM0014\", \"naam\": \"Groningen\"}, \"ingevuld\": true}";
    LeaProblem p = LeaProblem.van(gelezen(body)).orElseThrow();
    assertEquals(400, p.status());
    assertTrue(!p.fouten().isEmpty() && p.fouten().stream().allMatch(f -> f.pointer().startsWith("/")), p.toString());
    JsonNode j = JSON.readTree(p.toJson());
    assertEquals(List.of("type", "title", "status", "detail", "errors"), List.copyOf(iterable(j.fieldNames())));
    assertEquals("about:blank", j.get("type").asText());
    assertEquals(400, j.get("status").asInt());
    assertEquals(p.fouten().size(), j.get("errors").size());
    assertEquals(p.fouten().get(0).pointer(), j.at("/errors/0/pointer").asText());
    assertEquals(p.fouten().get(0).message(), j.at("/errors/0/message").asText());
  }

  @Test
  void malformedJsonIsOneErrorAtItsLineAndColumnInLeasWords() throws Exception {
    LeaProblem p = LeaProblem.van(gelezen("{\n  \"gemeente\": {\"code\": \"GM0014\" \"naam\": \"x\"}}")).orElseThrow();
    assertEquals(1, p.fouten().size());
    JsonError f = p.fouten().get(0);
    assertEquals("line 2, column 33: malformed JSON: expected ',' or '}' after a field, found '\"'", f.toString());
    JsonNode j = JSON.readTree(p.toJson());
    assertEquals(2, j.at("/errors/0/line").asInt());
    assertEquals(33, j.at("/errors/0/column").asInt());
    assertTrue(!p.toJson().contains("Source") && !p.toJson().contains("`"), p.toJson());
  }

  @Test
  void anEmptyBodyAndAFailureOfAnotherKind() {
    assertEquals(Optional.of(LeaProblem.leeg()), LeaProblem.van(gelezen("")));
    assertEquals(Optional.empty(), LeaProblem.van(new UncheckedIOException("disk", new java.io.IOException("full"))));
    assertEquals(Optional.empty(), LeaProblem.van(new IllegalStateException()));
    assertEquals("line 1, column 1: the request body holds no JSON document", LeaProblem.leeg().fouten().get(0).toString());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new java.util.ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
