package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.lea.json.LeaJson;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;

/** The JSON output has the shape of {@code lea-rapport/1}: every table id and row key, in order. */
class RapportJsonTest {

  private static final String THEMAS = "BESTRIJDEN_ONDERWIJSACHTERSTANDEN VOORKOMEN_SEGREGATIE BEVORDEREN_INTEGRATIE INSCHRIJVING_EN_TOELATING";
  private static final String REDENEN = "NIET_RELEVANT GEEN_CAPACITEIT GEREGELD_DOOR_ANDERE_PARTIJEN AFSPRAKEN_LOPEN_NOG "
      + "NIET_NODIG_GEZIEN_SITUATIE ANDERE_PRIORITEITEN ANDER_NIVEAU ONDERDEEL_ANDER_BELEID ANDERS";
  private static final String GEBIEDEN = "TAAL REKENEN MOTORIEK SOCIAAL_EMOTIONEEL ANDERS";
  // JAARVERANTWOORDING.md §1.2, in declared order.
  private static final String OVERLEGVORMEN = "LEA OOGO VVE_OVERLEG ANDER_BESTUURLIJK_OVERLEG REGIONAAL";
  private static final String PARTIJEN = "SCHOOLBESTUREN_PO SCHOOLBESTUREN_VO HOUDERS_KINDEROPVANG SAMENWERKINGSVERBANDEN JGZ ANDERE";
  private static final String GEEN_AFSPRAKEN = "NOG_IN_ONTWIKKELING DOORGESCHOVEN ANDERE_PRIORITEITEN GEEN_CAPACITEIT NIET_NODIG ANDERS";
  private static final String GEEN_DOELEN = "NIET_RELEVANT SPEELT_NIET LATER_OPGEPAKT KORTE_LIJNEN NIET_IN_LEA ANDERS";
  private static final String NIET_GEEVALUEERD = "BELEID_LOOPT_NOG DOELEN_IN_ONTWIKKELING NIET_MEETBAAR GEEN_CAPACITEIT ANDERS";

  /** Table id, then its row keys, as docs/rapport.md lists them. */
  private static final List<String[]> SPEC = List.of(
      t("1.1", THEMAS),
      t("1.1-geen", "GEEN_ENKEL_THEMA"),
      t("1.1-lea-overleg", "GEEN_LEA_OVERLEG"),
      t("1.1-overlegvormen", OVERLEGVORMEN),
      t("1.1-partijen", PARTIJEN),
      t("1.1-redenen", perThema(REDENEN)),
      t("1.2", THEMAS),
      t("1.2-redenen", perThema(GEEN_AFSPRAKEN)),
      t("F1.2", THEMAS),
      t("F1.2-aantal", "0 1 2 3 4"),
      t("F1.2-redenen", perThema(GEEN_DOELEN)),
      t("F1.3", f13()),
      t("F1.3-redenen", perThema(NIET_GEEVALUEERD)),
      t("1.4", "GEEN_OVERLEG VOLDOET AANPASSING_NODIG NIET_NODIG"),
      t("1.4-kern", "NIEUW HEEFT_DOELGROEPDEFINITIE"),
      t("1.5", REDENEN),
      t("1.6", "GEEN_OVERLEG VOLDOET AANPASSING_NODIG GEEN_AFSPRAKEN"),
      t("1.6-nieuw", "NIEUW"),
      t("1.7", REDENEN),
      t("1.8", "GEEN_OVERLEG VOLDOET AANPASSING_NODIG GEEN_AFSPRAKEN"),
      t("1.8-nieuw", "NIEUW"),
      t("1.9", REDENEN),
      t("1.10", "DOELGROEPPEUTERS KINDPLAATSEN BEREIKTE_DOELGROEPPEUTERS"),
      t("kindplaatsen", "VOLDOENDE ONVOLDOENDE ONBEKEND"),
      t("kindplaatsen-redenen", "SUBSIDIE_VOLGT_KIND NIET_ALLE_OUDERS_NEMEN_DEEL ANDERS"),
      t("aanbod-subsidiemodel", "SUBSIDIE_VOLGT_KIND VASTE_PLAATSEN MENGVORM ONBEKEND"),
      t("aanbod-wachtlijst", "MET_WACHTLIJST"),
      t("bereik", "GEMIDDELD GEWOGEN"),
      t("bereik-onder-100", "MINDER_DAN_100"),
      t("bereik-redenen", "OUDERS_WILLEN_NIET ANDERE_OPVANG UREN_TE_VEEL ONBEKEND ANDERS"),
      t("1.11", "SMAL MIDDEN BREED"),
      t("2.1", "WEL GEEN ONBEKEND"),
      t("2.1-reikwijdte", "ALLE_SCHOOLBESTUREN ALLEEN_BESTUREN_MET_DOELGROEPKINDEREN ANDERS"),
      t("F2.1", GEBIEDEN),
      t("F2.1-aantal", "0 1 2 3 4 5"),
      t("2.2", t22()),
      t("aanlevering", "LEERLINGVOLGSYSTEEM VAST_FORMAT ANDERS"),
      t("F2.2", "ALLE_BEHAALD DEELS_BEHAALD NIET_BEHAALD NIET_GEEVALUEERD ANDERS GEEN_DOELEN"),
      t("F2.3", "TE_AMBITIEUS CORONA PERSONEELSTEKORT ANDERS"),
      t("F2.4", "SCHOOLBESTUREN HOUDERS_KINDEROPVANG ANDERE_PARTNERS SCHOOLBESTUREN_EN_HOUDERS"),
      t("F2.4-frequentie", "JAARLIJKS HALFJAARLIJKS PER_KWARTAAL ANDERS NIET_OPGEGEVEN"),
      t("verantwoording", "VASTGESTELD TIJDIG_INGEDIEND"),
      // RAPPORT.md: the four categories, "then each default rule code" (RisicoanalyseTest pins the codes).
      t("risico", "GEEN LEA VVE LEA_EN_VVE " + String.join(" ", Risicoanalyse.standaard().codes())));

  private static String[] t(String id, String rijen) {
    return new String[] {id, rijen};
  }

  /** {@code THEMA/REDEN} for each thema, each reason (JAARVERANTWOORDING.md §4). */
  private static String perThema(String redenen) {
    StringBuilder b = new StringBuilder();
    for (String thema : THEMAS.split(" ")) {
      for (String r : redenen.split(" ")) {
        b.append(thema).append('/').append(r).append(' ');
      }
    }
    return b.toString().trim();
  }

  private static String f13() {
    StringBuilder b = new StringBuilder();
    for (String thema : THEMAS.split(" ")) {
      for (String c : "EVALUATIE_LOOPT NIET_GEEVALUEERD ALLE_BEHAALD MEER_DAN_DE_HELFT DE_HELFT MINDER_DAN_DE_HELFT GEEN_BEHAALD HELFT_OF_MEER".split(" ")) {
        b.append(thema).append('/').append(c).append(' ');
      }
    }
    return b.toString().trim();
  }

  private static String t22() {
    StringBuilder b = new StringBuilder();
    for (String type : "EINDE_PEUTERPERIODE EINDE_GROEP_2 ONTWIKKELING_2_5_TOT_4 ONTWIKKELING_4_TOT_6 ONTWIKKELING_2_TOT_6".split(" ")) {
      for (String g : GEBIEDEN.split(" ")) {
        b.append(type).append('/').append(g).append(' ');
      }
    }
    return b.toString().trim();
  }

  private static String json(Rapport r) throws java.io.IOException {
    java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
    new nl.lea.rapport.render.JsonFormaat().render(r, uit);
    return uit.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void everyTableIdAndRowKeyInOrderWithTheRightFields() throws Exception {
    Rapport rapport = Rapport.van(LeaJson.readVragenlijst(Path.of("..", "examples", "data", "vragenlijst-2022.json")));
    JsonNode root = new ObjectMapper().readTree(json(rapport.onderdruk(5)));
    assertEquals("lea-rapport/1", root.get("schema").asText());
    assertEquals(2022, root.get("verslagjaar").asInt());
    assertEquals(342, root.get("aantalGemeenten").asInt());
    assertEquals(340, root.get("aantalIngevuld").asInt());
    assertEquals(List.of("schema", "verslagjaar", "aantalGemeenten", "aantalIngevuld", "tabellen", "waarschuwingen"), namen(root));
    JsonNode tabellen = root.get("tabellen");
    assertEquals(SPEC.size(), tabellen.size());
    for (int i = 0; i < SPEC.size(); i++) {
      JsonNode tabel = tabellen.get(i);
      assertEquals(SPEC.get(i)[0], tabel.get("id").asText());
      assertTrue(tabel.get("titel").asText().length() > 5);
      List<String> sleutels = new ArrayList<>();
      for (JsonNode rij : tabel.get("rijen")) {
        sleutels.add(rij.get("sleutel").asText());
        assertTrue(rij.get("label").isTextual());
        veldenVan(SPEC.get(i)[0], rij);
      }
      assertEquals(List.of(SPEC.get(i)[1].split(" ")), sleutels, SPEC.get(i)[0]);
    }
    for (JsonNode w : root.get("waarschuwingen")) {
      assertEquals(List.of("gemeente", "code", "bericht"), namen(w));
      assertEquals("BEREIK_BOVEN_100", w.get("code").asText());
    }
  }

  private static void veldenVan(String tabel, JsonNode rij) {
    List<String> namen = namen(rij);
    if (tabel.equals("1.10")) {
      assertEquals(List.of("sleutel", "label", "waarde", "aantalGemeenten"), namen);
      assertTrue(rij.get("waarde").isIntegralNumber());
    } else if (tabel.equals("bereik") || tabel.equals("1.11")) {
      assertEquals(List.of("sleutel", "label", "percentage", "fractie", "aantalGemeenten"), namen);
      assertTrue(rij.get("fractie").isNumber());
      assertEquals(Math.round(rij.get("fractie").asDouble() * 100), rij.get("percentage").asInt());
    } else if (rij.has("onderdrukt")) {
      assertEquals(List.of("sleutel", "label", "aantal", "noemer", "percentage", "onderdrukt"), namen);
      assertTrue(rij.get("aantal").isNull() && rij.get("percentage").isNull() && rij.get("onderdrukt").asBoolean());
    } else {
      assertEquals(List.of("sleutel", "label", "aantal", "noemer", "percentage"), namen);
      assertTrue(rij.get("aantal").asLong() <= rij.get("noemer").asLong());
    }
  }

  private static List<String> namen(JsonNode n) {
    List<String> namen = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      namen.add(it.next());
    }
    return namen;
  }
}
