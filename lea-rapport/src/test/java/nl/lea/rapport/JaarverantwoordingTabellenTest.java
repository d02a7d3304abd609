package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.render.JsonFormaat;
import nl.lea.rapport.render.MarkdownFormaat;
import nl.lea.rapport.render.PlatteTekstFormaat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 14 tables of JAARVERANTWOORDING.md §4 on the shipped data: the report's figures, every count
 * recomputed from the raw JSON (not through lea's model), and the tables on the v1 copy of the same
 * answers.
 */
class JaarverantwoordingTabellenTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  /** The nine tables over items only lea-vragenlijst/2 asks (§4: noemer N2 or "among N2", aanbod-wachtlijst). */
  private static final Set<String> VERSIE_2 = Set.of("1.1-lea-overleg", "1.1-overlegvormen", "1.1-partijen", "1.2-redenen",
      "F1.2-redenen", "F1.3-redenen", "aanbod-subsidiemodel", "aanbod-wachtlijst", "verantwoording");
  private static final Set<String> NIEUW = Set.of("1.1-lea-overleg", "1.1-overlegvormen", "1.1-partijen", "1.1-redenen",
      "1.2-redenen", "F1.2-redenen", "F1.3-redenen", "1.6-nieuw", "1.8-nieuw", "bereik-redenen", "kindplaatsen-redenen",
      "aanbod-subsidiemodel", "aanbod-wachtlijst", "verantwoording");
  private static final List<String> THEMAS = List.of("BESTRIJDEN_ONDERWIJSACHTERSTANDEN", "VOORKOMEN_SEGREGATIE",
      "BEVORDEREN_INTEGRATIE", "INSCHRIJVING_EN_TOELATING");

  private static Rapport v2;
  private static Rapport v1;
  /** The returned answers of the v2 document, as raw JSON. */
  private static List<JsonNode> ingevuld;

  @BeforeAll
  static void lees() throws IOException {
    v2 = Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json")));
    v1 = Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022-v1.json")));
    ingevuld = new ArrayList<>();
    for (JsonNode g : new ObjectMapper().readTree(DATA.resolve("vragenlijst-2022.json").toFile()).get("gemeenten")) {
      if (g.get("ingevuld").asBoolean()) {
        ingevuld.add(g);
      }
    }
  }

  private static Telrij rij(Rapport r, String tabel, String sleutel) {
    return (Telrij) r.tabel(tabel).orElseThrow().rij(sleutel).orElseThrow(() -> new AssertionError(tabel + " " + sleutel));
  }

  @Test
  void theReportsSeventyAndTheTextsFiguresComeOutOfTheShippedData() {
    Telrij geenLea = rij(v2, "1.1-lea-overleg", "GEEN_LEA_OVERLEG");
    assertEquals(OptionalLong.of(70), geenLea.aantal());
    assertEquals(340, geenLea.noemer());
    assertEquals(OptionalInt.of(21), geenLea.percentage());
    // The report's reflection: 70 of all 342 gemeenten is 20%.
    assertEquals(20, Math.round(70 * 100.0 / 342));
    // §2.1: "91 gemeenten … nieuwe afspraken" (toeleiding) and "108 gemeenten" (doorgaande lijn).
    assertEquals(OptionalLong.of(91), rij(v2, "1.6-nieuw", "NIEUW").aantal());
    assertEquals(OptionalLong.of(108), rij(v2, "1.8-nieuw", "NIEUW").aantal());
    // 1.1-geen keeps its rows, under its corrected title.
    Tabel geen = v2.tabel("1.1-geen").orElseThrow();
    assertEquals("Gemeenten die over geen enkel LEA-thema overlegden", geen.titel());
    assertEquals(OptionalLong.of(15), ((Telrij) geen.rij("GEEN_ENKEL_THEMA").orElseThrow()).aantal());
  }

  @Test
  void theNewTablesStandWhereTheSpecPlacesThem() {
    List<String> ids = Tabellen.ids();
    assertEquals(List.of("1.1-geen", "1.1-lea-overleg", "1.1-overlegvormen", "1.1-partijen", "1.1-redenen", "1.2", "1.2-redenen"),
        ids.subList(ids.indexOf("1.1-geen"), ids.indexOf("1.2-redenen") + 1));
    assertEquals(ids.indexOf("F1.2-aantal") + 1, ids.indexOf("F1.2-redenen"));
    assertEquals(ids.indexOf("F1.3") + 1, ids.indexOf("F1.3-redenen"));
    assertEquals(ids.indexOf("1.6") + 1, ids.indexOf("1.6-nieuw"));
    assertEquals(ids.indexOf("1.8") + 1, ids.indexOf("1.8-nieuw"));
    assertEquals(ids.indexOf("bereik-onder-100") + 1, ids.indexOf("bereik-redenen"));
    assertEquals(List.of("kindplaatsen", "kindplaatsen-redenen", "aanbod-subsidiemodel", "aanbod-wachtlijst"),
        ids.subList(ids.indexOf("kindplaatsen"), ids.indexOf("kindplaatsen") + 4));
    assertEquals(ids.indexOf("risico") - 1, ids.indexOf("verantwoording"));
    assertTrue(ids.containsAll(NIEUW));
  }

  @Test
  void everyCountOfTheNewTablesEqualsACountOverTheRawJson() {
    List<JsonNode> n2 = filter(ingevuld, g -> g.has("jaarlijksOverleg"));
    assertEquals(340, n2.size());
    controleer("1.1-lea-overleg", "GEEN_LEA_OVERLEG", n2, g -> !g.at("/jaarlijksOverleg/leaOverlegGevoerd").asBoolean());
    for (String v : List.of("LEA", "OOGO", "VVE_OVERLEG", "ANDER_BESTUURLIJK_OVERLEG", "REGIONAAL")) {
      controleer("1.1-overlegvormen", v, n2, g -> bevat(g.at("/jaarlijksOverleg/overlegvormen"), v));
    }
    List<JsonNode> lea = filter(n2, g -> g.at("/jaarlijksOverleg/leaOverlegGevoerd").asBoolean());
    for (String p : List.of("SCHOOLBESTUREN_PO", "SCHOOLBESTUREN_VO", "HOUDERS_KINDEROPVANG", "SAMENWERKINGSVERBANDEN", "JGZ", "ANDERE")) {
      controleer("1.1-partijen", p, lea, g -> bevat(g.at("/jaarlijksOverleg/partijen"), p));
    }
    for (String th : THEMAS) {
      String t = "/lea/" + th;
      for (String r : List.of("NIET_RELEVANT", "GEEN_CAPACITEIT", "GEREGELD_DOOR_ANDERE_PARTIJEN", "AFSPRAKEN_LOPEN_NOG",
          "NIET_NODIG_GEZIEN_SITUATIE", "ANDERE_PRIORITEITEN", "ANDER_NIVEAU", "ONDERDEEL_ANDER_BELEID", "ANDERS")) {
        controleer("1.1-redenen", th + "/" + r, filter(ingevuld, g -> !g.at(t + "/overleg").asBoolean()),
            g -> bevat(g.at(t + "/redenenGeenOverleg"), r));
      }
      for (String r : List.of("NOG_IN_ONTWIKKELING", "DOORGESCHOVEN", "ANDERE_PRIORITEITEN", "GEEN_CAPACITEIT", "NIET_NODIG", "ANDERS")) {
        controleer("1.2-redenen", th + "/" + r, filter(n2, g -> g.at(t + "/afspraken").asText().equals("GEEN")),
            g -> bevat(g.at(t + "/redenenGeenAfspraken"), r));
      }
      for (String r : List.of("NIET_RELEVANT", "SPEELT_NIET", "LATER_OPGEPAKT", "KORTE_LIJNEN", "NIET_IN_LEA", "ANDERS")) {
        controleer("F1.2-redenen", th + "/" + r, filter(n2, g -> g.at(t + "/doelen").size() == 0),
            g -> bevat(g.at(t + "/redenenGeenDoelen"), r));
      }
      for (String r : List.of("BELEID_LOOPT_NOG", "DOELEN_IN_ONTWIKKELING", "NIET_MEETBAAR", "GEEN_CAPACITEIT", "ANDERS")) {
        controleer("F1.3-redenen", th + "/" + r, filter(n2, g -> {
          for (JsonNode d : g.at(t + "/doelen")) {
            if (d.get("status").asText().equals("NIET_GEEVALUEERD")) {
              return true;
            }
          }
          return false;
        }), g -> bevat(g.at(t + "/redenenNietGeevalueerd"), r));
      }
    }
    controleer("1.6-nieuw", "NIEUW", ingevuld, g -> g.at("/vve/toeleiding/uitkomst").asText().equals("NIEUW"));
    controleer("1.8-nieuw", "NIEUW", ingevuld, g -> g.at("/vve/doorgaandeLijn/uitkomst").asText().equals("NIEUW"));
    List<JsonNode> onder = filter(ingevuld, g -> {
      JsonNode a = g.at("/vve/aanbod");
      return a.path("doelgroeppeuters").isInt() && a.path("bereikteDoelgroeppeuters").isInt() && a.get("doelgroeppeuters").asInt() > 0
          && a.get("bereikteDoelgroeppeuters").asInt() < a.get("doelgroeppeuters").asInt();
    });
    for (String r : List.of("OUDERS_WILLEN_NIET", "ANDERE_OPVANG", "UREN_TE_VEEL", "ONBEKEND", "ANDERS")) {
      controleer("bereik-redenen", r, onder, g -> bevat(g.at("/vve/aanbod/redenenOnvolledigBereik"), r));
    }
    assertEquals(rij(v2, "bereik-onder-100", "MINDER_DAN_100").aantal().getAsLong(), onder.size());
    List<JsonNode> tekort = filter(ingevuld, g -> {
      JsonNode a = g.at("/vve/aanbod");
      return a.path("doelgroeppeuters").isInt() && a.path("kindplaatsen").isInt()
          && a.get("kindplaatsen").asInt() < a.get("doelgroeppeuters").asInt();
    });
    for (String r : List.of("SUBSIDIE_VOLGT_KIND", "NIET_ALLE_OUDERS_NEMEN_DEEL", "ANDERS")) {
      controleer("kindplaatsen-redenen", r, tekort, g -> bevat(g.at("/vve/aanbod/redenenOnvoldoendeKindplaatsen"), r));
    }
    for (String m : List.of("SUBSIDIE_VOLGT_KIND", "VASTE_PLAATSEN", "MENGVORM", "ONBEKEND")) {
      controleer("aanbod-subsidiemodel", m, n2, g -> g.at("/vve/aanbod/subsidiemodel").asText().equals(m));
    }
    controleer("aanbod-wachtlijst", "MET_WACHTLIJST", filter(ingevuld, g -> g.at("/vve/aanbod/wachtlijst").isInt()),
        g -> g.at("/vve/aanbod/wachtlijst").asInt() > 0);
    // 2022 predates the Regeling: no verantwoording in the data.
    controleer("verantwoording", "VASTGESTELD", n2, g -> g.at("/verantwoording/vastgesteld").isTextual());
    assertEquals(0, rij(v2, "verantwoording", "TIJDIG_INGEDIEND").aantal().getAsLong());
  }

  /** Checks one row: its noemer is the list's size and its count the elements that pass. */
  private static void controleer(String tabel, String sleutel, List<JsonNode> noemer, Predicate<JsonNode> teller) {
    Telrij r = rij(v2, tabel, sleutel);
    assertEquals(noemer.size(), r.noemer(), tabel + " " + sleutel + " noemer");
    assertEquals(filter(noemer, teller).size(), r.aantal().getAsLong(), tabel + " " + sleutel);
  }

  private static List<JsonNode> filter(List<JsonNode> lijst, Predicate<JsonNode> p) {
    return lijst.stream().filter(p).toList();
  }

  private static boolean bevat(JsonNode array, String waarde) {
    for (JsonNode n : array) {
      if (n.asText().equals(waarde)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theV1CopyGivesTheSameV1TablesAndNoemerZeroWithTheNoteForTheV2Ones() {
    assertEquals(v2.tabellen().size(), v1.tabellen().size());
    for (int i = 0; i < v2.tabellen().size(); i++) {
      Tabel twee = v2.tabellen().get(i);
      Tabel een = v1.tabellen().get(i);
      assertEquals(twee.id(), een.id());
      if (VERSIE_2.contains(een.id())) {
        assertEquals(Optional.of(Tabellen.NIET_GEVRAAGD), een.noot(), een.id());
        assertTrue(twee.noot().isEmpty(), twee.id());
        for (Rij r : een.rijen()) {
          Telrij t = (Telrij) r;
          assertEquals(0, t.noemer(), een.id());
          assertTrue(t.percentage().isEmpty(), een.id());
        }
      } else if (een.id().equals("risico")) {
        // L5 is asked only in version 2: it fires for the 70, and changes no category.
        assertEquals(OptionalLong.of(0), ((Telrij) een.rij("L5").orElseThrow()).aantal());
        assertEquals(OptionalLong.of(70), ((Telrij) twee.rij("L5").orElseThrow()).aantal());
        assertEquals(een.rijen().stream().filter(r -> !r.sleutel().equals("L5")).toList(),
            twee.rijen().stream().filter(r -> !r.sleutel().equals("L5")).toList());
      } else {
        assertEquals(een, twee, een.id());
      }
    }
  }

  @Test
  void theTextAndMarkdownFormatsPrintTheNoteUnderEachV2TableOfAVersion1Document() throws IOException {
    for (var f : List.of(new PlatteTekstFormaat(), new MarkdownFormaat())) {
      StringWriter een = new StringWriter();
      f.render(v1, een);
      StringWriter twee = new StringWriter();
      f.render(v2, twee);
      assertEquals(VERSIE_2.size(), een.toString().split(Tabellen.NIET_GEVRAAGD, -1).length - 1, f.naam());
      assertFalse(twee.toString().contains(Tabellen.NIET_GEVRAAGD), f.naam());
    }
    // The JSON output keeps the shape of lea-rapport/1: noemer 0, percentage null, no extra member.
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    new JsonFormaat().render(v1, uit);
    JsonNode tabel = null;
    for (JsonNode t : new ObjectMapper().readTree(uit.toString(StandardCharsets.UTF_8)).get("tabellen")) {
      if (t.get("id").asText().equals("1.1-lea-overleg")) {
        tabel = t;
      }
    }
    assertEquals(List.of("id", "titel", "rijen"), List.copyOf(iterable(tabel.fieldNames())));
    assertEquals(0, tabel.at("/rijen/0/noemer").asInt());
    assertTrue(tabel.at("/rijen/0/percentage").isNull());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  @Test
  void anAndersTextNeverReachesANationalTable() throws IOException {
    Vragenlijst v = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
    List<String> teksten = new ArrayList<>();
    v.ingevuld().forEach(a -> a.lea().orElseThrow().perThema().values().forEach(t -> teksten.addAll(t.anders().values())));
    v.ingevuld().forEach(a -> teksten.addAll(a.vve().orElseThrow().aanbod().anders().values()));
    assertFalse(teksten.isEmpty(), "the shipped data has anders texts");
    StringWriter uit = new StringWriter();
    new PlatteTekstFormaat().render(v2, uit);
    for (String tekst : teksten) {
      assertFalse(uit.toString().contains(tekst), tekst);
    }
  }
}
