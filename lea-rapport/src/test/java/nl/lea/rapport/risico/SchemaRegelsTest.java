package nl.lea.rapport.risico;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.lea.json.LeaSchema;
import org.junit.jupiter.api.Test;

/**
 * The {@code lea-toezicht/1} schema lists the rule codes that may be accepted by hand (lea-json
 * cannot see the rule set, which lives here): they are the default rule set's codes without its
 * rule for a questionnaire not returned, in order. A rule added to {@link Risicoregels} fails this
 * test until the schema names it.
 */
class SchemaRegelsTest {

  @Test
  void theSchemasRuleCodesAreTheDefaultRuleSetsAcceptableOnes() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(LeaSchema.TOEZICHT.tekst());
    List<String> inSchema = new ArrayList<>();
    schema.findValue("regel").get("enum").forEach(c -> inSchema.add(c.asText()));
    Risicoanalyse standaard = Risicoanalyse.standaard();
    List<String> aanvaardbaar = standaard.codes().stream()
        .filter(c -> standaard.nietIngevuld().filter(c::equals).isEmpty()).toList();
    assertEquals(aanvaardbaar, inSchema);
  }
}
