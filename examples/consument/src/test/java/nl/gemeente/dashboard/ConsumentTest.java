package nl.gemeente.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.bereik.Peuterregister;
import nl.lea.bereik.Som;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Tabellen;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.risico.Risicoregels;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** What an application that embeds lea relies on, through the public API on the class path. */
class ConsumentTest {

  private static final Vragenlijst V = LeaJson.readVragenlijst(Path.of("..", "data", "vragenlijst-2022.json"));

  @Test
  void aDefinitionReadsBackFromItsText() {
    qt().forAll(LeaGenerators.doelgroepdefinities()).checkAssert(d -> assertEquals(d, Doelgroepdefinitie.parse(d.toString())));
    assertEquals(Doelgroepdefinitie.onbekend(), Doelgroepdefinitie.parse(Doelgroepdefinitie.onbekend().toString()));
  }

  @Test
  void ownRiskRulesReachTheReport() {
    Risicoregel wachtlijst = Risicoregel.of("X1", Set.of(Domein.VVE), "Geen zicht op kindplaatsen.",
        a -> a.vve().map(v -> v.aanbod().kindplaatsen().isEmpty()).orElse(false));
    Rapport r = Rapport.van(V, Risicoanalyse.met(List.of(Risicoregels.L0, wachtlijst)));
    assertTrue(r.tabel("risico").orElseThrow().rij("X1").isPresent());
    assertEquals(Tabellen.ids().size(), r.tabellen().size());
  }

  @Test
  void everyArgumentFailureIsTheDomainException() {
    DomainValidationException leeftijd = assertThrows(DomainValidationException.class,
        () -> Peuterregister.builder().add(Gemeentecode.of(14), -1, Set.of(), true));
    assertEquals("leeftijdInMaanden", leeftijd.field());
    DomainValidationException som = assertThrows(DomainValidationException.class, () -> Som.of(-1, 0));
    assertEquals("waarde: must not be negative, was -1", som.getMessage());
  }

  @Test
  void jsonErrorsAreOneLineLocatedAndSerialisable() throws Exception {
    String basis = "{\"schema\":\"lea-vragenlijst/1\",\"verslagjaar\":2022,\"gemeenten\":[{\"gemeente\":{\"code\":\"GM0014\",\"naam\":\"%s\"},\"ingevuld\":false%s}]}";
    JsonReadException sleutel = assertThrows(JsonReadException.class,
        () -> LeaJson.readVragenlijst(String.format(basis, "Groningen", ",\"a\\nb\":1")));
    assertEquals(1, sleutel.errors().get(0).toString().lines().count());
    JsonReadException lang = assertThrows(JsonReadException.class,
        () -> LeaJson.readVragenlijst(String.format(basis, "x".repeat(100_001), "")));
    JsonError e = lang.errors().get(0);
    assertEquals("/gemeenten/0/gemeente/naam", e.pointer());
    assertTrue(e.column().getAsInt() > 1, e.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(lang);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(lang.errors(), ((JsonReadException) in.readObject()).errors());
    }
  }

  @Test
  void answersAreEditedWithCopies() {
    Aanbod a = Aanbod.of(812, 900, 640).withKindplaatsen(OptionalInt.of(700));
    assertEquals(OptionalInt.of(700), a.kindplaatsen());
  }

  @Test
  void theReportWithoutJacksonDatabind() {
    // lea-rapport and lea-json bring Jackson's streaming parser only.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
    assertEquals(319L, ((Telrij) Rapport.van(V).tabel("1.1").orElseThrow().rij("BESTRIJDEN_ONDERWIJSACHTERSTANDEN").orElseThrow())
        .aantal().getAsLong());
  }
}
