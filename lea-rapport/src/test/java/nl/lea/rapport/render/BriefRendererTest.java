package nl.lea.rapport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.lea.core.Gemeente;
import nl.lea.core.Verslagjaar;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Toezichtonderwerp;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Afhandeling;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.junit.jupiter.api.Test;

/** docs/toezicht.md §6: what every letter names, checked on all 342 letters of the shipped data. */
class BriefRendererTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Beoordelingen B = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());

  @Test
  void everyLetterNamesEverythingTheSpecAsksFor() {
    List<Toezichtuitkomst> uitkomsten = Toezicht.beoordeel(V, B);
    int metAfspraken = 0;
    for (Toezichtuitkomst u : uitkomsten) {
      String brief = BriefRenderer.render(V.verslagjaar(), u);
      String wie = u.gemeente().code().toString();
      assertTrue(brief.contains(Escape.markdown(u.gemeente().naam())), wie);
      assertTrue(brief.contains(wie), wie);
      assertTrue(brief.contains("2022"), wie);
      for (Domein d : Domein.values()) {
        assertTrue(brief.contains("- **" + d.label() + "**: "), wie);
      }
      for (Risicoregel r : u.regels()) {
        assertTrue(brief.contains("- **" + r.code() + "**: " + r.uitleg()), wie + " " + r.code());
      }
      for (AanvaardeToelichting a : u.beoordeling().aanvaardeToelichtingen()) {
        a.toelichting().ifPresent(t -> assertTrue(brief.contains("\u201c" + Escape.markdown(t) + "\u201d"), wie));
      }
      for (Signaal s : u.beoordeling().signalen()) {
        assertTrue(brief.contains(Escape.markdown(s.omschrijving())), wie);
      }
      for (Contact c : u.beoordeling().contacten()) {
        for (Verbeterafspraak v : c.verbeterafspraken()) {
          metAfspraken++;
          assertTrue(brief.contains("**" + v.onderwerp().label() + "** (" + c.domein().label() + "): " + Escape.markdown(v.omschrijving())), wie);
          v.uiterlijk().ifPresent(d -> assertTrue(brief.contains("(" + d + ")"), wie));
        }
      }
      for (Domein d : Domein.values()) {
        if (u.afhandeling(d) == Afhandeling.MOGELIJK_RISICO) {
          assertTrue(brief.contains("wij zagen een mogelijk risico voor " + d.label()), wie);
          assertTrue(brief.contains("geen gesprek"), wie);
        }
      }
    }
    assertEquals(84, metAfspraken, "the shipped data (toezicht-2022.json, judged against lea-vragenlijst/2) has 84 verbeterafspraken");
  }

  @Test
  void aLetterReadsAsALetter() {
    GemeenteAntwoord a = GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harlingen"));
    Toezichtuitkomst u = Toezicht.beoordeel(a, Beoordeling.of(a.gemeente().code(), List.of(),
        List.of(Signaal.of(Domein.LEA, "Signaal van een schoolbestuur.")),
        List.of(Contact.of(Domein.VVE, Contactuitkomst.VERBETERAFSPRAKEN, List.of(Verbeterafspraak.of(Toezichtonderwerp.KINDPLAATSEN,
            "Zicht krijgen op het aantal kindplaatsen.", java.time.LocalDate.of(2024, 9, 30)))))), Risicoanalyse.standaard());
    assertEquals("""
        # Waarborgtoezicht LEA/vve 2022: gemeente Harlingen (GM0072)

        Aan het college van burgemeester en wethouders van de gemeente Harlingen (gemeentecode GM0072).

        Uw gemeente heeft de vragenlijst LEA/vve over 2022 niet ingevuld. De Inspectie van het Onderwijs heeft het toezicht daarom zonder uw antwoorden uitgevoerd.

        ## Uitkomst

        - **LEA**: wij zagen een mogelijk risico voor LEA (regel L0 en een signaal); dit jaar volgde daarover geen gesprek.
        - **vve**: na het gesprek met uw gemeente hebben wij verbeterafspraken gemaakt voor vve (zie hieronder).

        ## Risicoanalyse

        Bij de risicoanalyse gingen deze regels af:

        - **L0**: De gemeente heeft de vragenlijst LEA/vve niet ingevuld.

        ## Signalen

        Wij betrokken deze signalen bij de beoordeling:

        - **LEA**: Signaal van een schoolbestuur.

        ## Verbeterafspraken

        - **Aanbod van kindplaatsen** (vve): Zicht krijgen op het aantal kindplaatsen. Uiterlijk 30 september 2024 (2024-09-30).

        Inspectie van het Onderwijs
        """, BriefRenderer.render(Verslagjaar.of(2022), u));
  }

  @Test
  void inputTextCannotAddMarkdownStructure() {
    GemeenteAntwoord a = GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harl*ingen <b>"));
    Toezichtuitkomst u = Toezicht.beoordeel(a, Beoordeling.of(a.gemeente().code(), List.of(),
        List.of(Signaal.of(Domein.VVE, "regel 1\n# Kop\n[link](http://x) <script>x</script> | cel")), List.of()), Risicoanalyse.standaard());
    String brief = BriefRenderer.render(Verslagjaar.of(2022), u);
    assertTrue(brief.contains("Harl\\*ingen \\<b\\>"), brief);
    assertTrue(brief.contains("regel 1 \\# Kop \\[link\\](http://x) \\<script\\>x\\</script\\> \\| cel"), brief);
    assertFalse(brief.lines().anyMatch(r -> r.startsWith("# Kop")), brief);
  }

  /** The anders texts of one gemeente in the raw JSON, in document order. */
  private static List<String> andersInJson(com.fasterxml.jackson.databind.JsonNode n) {
    List<String> teksten = new java.util.ArrayList<>();
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals("anders")) {
          e.getValue().forEach(t -> teksten.add(t.asText()));
        } else {
          teksten.addAll(andersInJson(e.getValue()));
        }
      });
    }
    return teksten;
  }

  @Test
  void everyLetterQuotesItsGemeentesAndersTextsInQuestionnaireOrder() throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(DATA.resolve("vragenlijst-2022.json").toFile());
    List<Toezichtuitkomst> uitkomsten = Toezicht.beoordeel(V, B);
    int metAnders = 0;
    for (int i = 0; i < uitkomsten.size(); i++) {
      Toezichtuitkomst u = uitkomsten.get(i);
      List<String> verwacht = andersInJson(doc.get("gemeenten").get(i)).stream().map(t -> "\u201c" + Escape.markdown(t) + "\u201d\n")
          .toList();
      String brief = BriefRenderer.render(V, u);
      String kop = "## Uw toelichting bij \u2018anders\u2019\n\n";
      String sectie = brief.contains(kop) ? brief.substring(brief.indexOf(kop), brief.indexOf("\n\n", brief.indexOf("\n- **", brief.indexOf(kop))) + 1) : "";
      List<String> geciteerd = sectie.lines().filter(r -> r.startsWith("- **")).map(r -> r.substring(r.indexOf('\u201c')) + "\n").toList();
      assertEquals(verwacht, geciteerd, u.gemeente().code().toString());
      assertEquals(!verwacht.isEmpty(), brief.contains("## Uw toelichting bij \u2018anders\u2019"), u.gemeente().code().toString());
      // Without the answers, the letter is the same but for that section.
      assertEquals(BriefRenderer.render(V.verslagjaar(), u), brief.replaceAll("## Uw toelichting bij \u2018anders\u2019\n\n[^#]*\n\n", ""));
      metAnders += verwacht.isEmpty() ? 0 : 1;
    }
    assertEquals(107, metAnders, "gemeenten with an anders text in the shipped data");
  }

  @Test
  void aHostileAndersTextStaysOnItsLineAndAddsNoMarkdown() {
    GemeenteAntwoord rheden = V.gemeenten().stream().filter(a -> a.gemeente().code().toString().equals("GM0275")).findFirst().orElseThrow();
    var lea = rheden.lea().orElseThrow();
    var perThema = new java.util.EnumMap<>(lea.perThema());
    nl.lea.core.thema.LeaThema th = nl.lea.core.thema.LeaThema.BEVORDEREN_INTEGRATIE;
    perThema.put(th, perThema.get(th).withAnders(java.util.Map.of("redenenGeenOverleg", "regel 1\n# Kop <script>x</script> | *cel*")));
    GemeenteAntwoord vijandig = rheden.withLea(nl.lea.core.thema.LeaAntwoord.of(perThema));
    Vragenlijst v = Vragenlijst.of(V.verslagjaar(), List.of(vijandig));
    String brief = BriefRenderer.render(v, Toezicht.beoordeel(v, Beoordelingen.of(V.verslagjaar(), List.of())).get(0));
    assertTrue(brief.contains("- **Bevorderen integratie**, redenen om geen overleg te voeren: "
        + "\u201cregel 1 \\# Kop \\<script\\>x\\</script\\> \\| \\*cel\\*\u201d\n"), brief);
    assertFalse(brief.lines().anyMatch(r -> r.startsWith("# Kop")), brief);
  }

  @Test
  void aGemeenteNotInTheDocumentIsRefused() {
    Toezichtuitkomst u = Toezicht.beoordeel(V, B).get(0);
    Vragenlijst ander = Vragenlijst.of(V.verslagjaar(), List.of(GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harlingen"))));
    nl.lea.core.DomainValidationException e = org.junit.jupiter.api.Assertions.assertThrows(nl.lea.core.DomainValidationException.class,
        () -> BriefRenderer.render(ander, u));
    assertTrue(e.getMessage().contains("uitkomst.gemeente"), e.getMessage());
  }
}
