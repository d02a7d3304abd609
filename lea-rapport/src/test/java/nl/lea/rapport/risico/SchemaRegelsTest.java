package nl.lea.rapport.risico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.lea.core.toezicht.Domein;
import nl.lea.json.LeaSchema;
import org.junit.jupiter.api.Test;

/**
 * The {@code lea-toezicht/1} schema takes the rule codes a judgement may accept from the rule set:
 * the default set's codes without its rule for a questionnaire not returned, in order, and a rule
 * added to a set reaches the schema by itself.
 */
class SchemaRegelsTest {

  private static List<String> regelcodes(String schema) throws Exception {
    JsonNode s = new ObjectMapper().readTree(schema);
    List<String> codes = new ArrayList<>();
    s.findValue("regel").get("enum").forEach(c -> codes.add(c.asText()));
    return codes;
  }

  @Test
  void theSchemasRuleCodesAreTheDefaultRuleSetsAcceptableOnes() throws Exception {
    Risicoanalyse standaard = Risicoanalyse.standaard();
    List<String> aanvaardbaar = standaard.codes().stream()
        .filter(c -> standaard.nietIngevuld().filter(c::equals).isEmpty()).toList();
    String schema = LeaSchema.TOEZICHT.tekst(standaard);
    assertEquals(aanvaardbaar, regelcodes(schema));
    assertTrue(schema.contains("for the risk rules L0\\u2013L5, V1\\u2013"), "the description names the rule set");
  }

  @Test
  void aRuleAddedToTheSetReachesTheSchemaByItself() throws Exception {
    // The code after the last default one (V6 while the defaults end at V5), so the range grows.
    String laatste = Risicoregels.standaard().get(Risicoregels.standaard().size() - 1).code();
    String volgende = laatste.charAt(0) + Integer.toString(Integer.parseInt(laatste.substring(1)) + 1);
    Risicoregel nieuw = Risicoregel.of(volgende, Set.of(Domein.VVE), "Een regel van een toepassing.", a -> false);
    List<Risicoregel> regels = new ArrayList<>(Risicoregels.standaard());
    regels.add(nieuw);
    String schema = LeaSchema.TOEZICHT.tekst(Risicoanalyse.met(regels));
    assertTrue(regelcodes(schema).contains(volgende));
    assertTrue(schema.contains("L0\\u2013L5, V1\\u2013" + volgende), "the range follows the rules");
  }

  @Test
  void withoutRulesAnyCodeIsAllowed() throws Exception {
    JsonNode regel = new ObjectMapper().readTree(LeaSchema.TOEZICHT.tekst()).findValue("regel");
    assertEquals("string", regel.get("type").asText());
    assertTrue(regel.get("enum") == null);
  }
}
