package nl.gemeente.lea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.json.LeaProblem;
import nl.lea.json.jackson.LeaModule;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.servlet.MockMvc;

/** The README's Spring Boot 3 section, as a client meets it: good bodies and the bad ones. */
@SpringBootTest
@AutoConfigureMockMvc
class ToepassingTest {

  private static final Vragenlijst V = LeaJson.readVragenlijst(Path.of("..", "data", "vragenlijst-2022.json"));

  /** lea's own writer, through its module on a bare mapper. */
  private static final ObjectMapper LEA = JsonMapper.builder().addModule(new LeaModule()).build();

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper bootMapper;

  @Test
  void bootsOwnMapperHasLeasModuleWithoutAnyRegistration() {
    assertTrue(bootMapper.getRegisteredModuleIds().contains(new LeaModule().getTypeId()), bootMapper.getRegisteredModuleIds()::toString);
  }

  @Test
  void everyGemeentePostedGivesLeasRiskCategoryAndReadsBackAsLeaWroteIt() throws Exception {
    for (GemeenteAntwoord a : V.gemeenten()) {
      String body = LEA.writeValueAsString(a);
      mvc.perform(post("/antwoorden").contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isOk())
          .andExpect(content().string(a.gemeente().naam() + ": " + Risicoanalyse.standaard().profiel(a).categorie()));
      byte[] terug = mvc.perform(get("/antwoorden/" + a.gemeente().code())).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsByteArray();
      assertEquals(body, new String(terug, java.nio.charset.StandardCharsets.UTF_8), a.gemeente().code()::toString);
    }
  }

  @Test
  void aBadValueIsAProblemResponseWithItsPointer() throws Exception {
    String body = LEA.writeValueAsString(V.gemeenten().get(0)).replaceFirst("\"kindplaatsen\":\\d+", "\"kindplaatsen\":1000001");
    mvc.perform(post("/antwoorden").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(LeaProblem.MEDIA_TYPE))
        .andExpect(content().json(ReadmeTest.problemVoorbeeld(), true));
  }

  @Test
  void malformedJsonIsAProblemResponseAtItsLineAndColumn() throws Exception {
    mvc.perform(post("/antwoorden").contentType(MediaType.APPLICATION_JSON).content("{\n  \"gemeente\": ,\n}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(LeaProblem.MEDIA_TYPE))
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].column").value(15))   // the comma
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("malformed JSON: ")));
  }

  @Test
  void anEmptyBodyIsAProblemResponse() throws Exception {
    mvc.perform(post("/antwoorden").contentType(MediaType.APPLICATION_JSON).content(""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(LeaProblem.MEDIA_TYPE))
        .andExpect(content().json(LeaProblem.leeg().toJson(), true));
  }

  @Test
  void aMapperBuiltLikeBootsWithoutLeasModuleCannotReadLeasTypes() {
    ObjectMapper zonder = Jackson2ObjectMapperBuilder.json().build();
    assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
        () -> zonder.readValue(LEA.writeValueAsString(V.gemeenten().get(0)), GemeenteAntwoord.class));
  }
}
