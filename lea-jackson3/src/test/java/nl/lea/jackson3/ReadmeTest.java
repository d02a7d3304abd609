package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The README's Spring Boot section: the bounded mapper and the error a controller sees. */
class ReadmeTest {

  @Test
  void aBoundedMapperReadsAnswersAndReportsTheBadValue() throws Exception {
    JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(100_000).maxNumberLength(1_000)
                .maxDocumentLength(64L * 1024 * 1024).build())
            .build())
        .findAndAddModules().build();
    Vragenlijst v = LeaJson.readVragenlijst(Path.of("..", "examples", "data", "vragenlijst-2022.json"));
    GemeenteAntwoord groningen = v.gemeenten().get(0);
    String body = mapper.writeValueAsString(groningen);
    assertEquals(groningen, mapper.readValue(body, GemeenteAntwoord.class));
    String slecht = body.replaceFirst("\"kindplaatsen\":\\d+", "\"kindplaatsen\":1000001");
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class, () -> mapper.readValue(slecht, GemeenteAntwoord.class));
    assertEquals("/vve/aanbod/kindplaatsen: must be an integer 0..1000000, was 1000001", e.errors().get(0).toString());
    String readme = Files.readString(Path.of("..", "README.md"));
    assertEquals(true, readme.contains("`/vve/aanbod/kindplaatsen: must be an integer 0..1000000, was\n1000001`"));
  }
}
