package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Omvang;
import nl.lea.json.LeaJson;
import nl.lea.rapport.render.JsonFormaat;
import nl.lea.rapport.render.ProfielRenderer;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/profiel.md: the shipped example of §3.7, the rank and group laws, and the national figures as the report's. */
class GemeenteprofielTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V2022 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Gemeenteprofiel p) throws IOException {
    StringWriter w = new StringWriter();
    ProfielRenderer.json(p, w);
    return JSON.readTree(w.toString());
  }

  @Test
  void baarnAsTheSpecsExampleShowsIt() throws IOException {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V2022, Risicoanalyse.standaard());
    Gemeenteprofiel p = Gemeenteprofielen.of(V2022).metToezicht(b).profiel(Gemeentecode.of("GM0308"));
    JsonNode j = json(p);
    JsonNode aanbod = j.get("aanbod");
    assertEquals("{\"teller\":1,\"noemer\":1,\"fractie\":1,\"percentage\":100}", aanbod.get("bereik").toString());
    assertEquals(77, aanbod.get("positie").asInt());
    assertEquals("{\"percentage\":77,\"fractie\":0.7703643515154502,\"aantalGemeenten\":273}", aanbod.get("landelijkGemiddeld").toString());
    assertEquals("MIDDEN", aanbod.at("/omvangGemiddeld/omvang").asText());
    assertEquals(119, aanbod.at("/omvangGemiddeld/aantalGemeenten").asInt());
    JsonNode v = aanbod.get("vergelijkbaar");
    assertEquals(1, v.get("vijfde").asInt());
    assertEquals(24, v.get("aantal").asInt());
    assertEquals("GM0050", v.at("/gemeenten/0").asText());
    assertEquals("GM1960", v.at("/gemeenten/23").asText());
    assertEquals(100, v.at("/mediaan/percentage").asInt());
    assertEquals(67, v.get("positie").asInt());
    assertEquals("MENGVORM", aanbod.get("subsidiemodel").asText());
    assertEquals(List.of(89, 146, 67, 38), List.of(j.at("/doelgroepdefinitie/landelijk/SMAL/aantal").asInt(),
        j.at("/doelgroepdefinitie/landelijk/MIDDEN/aantal").asInt(), j.at("/doelgroepdefinitie/landelijk/BREED/aantal").asInt(),
        j.at("/doelgroepdefinitie/landelijk/ONBEKEND/aantal").asInt()));
    assertEquals("{\"aantal\":51,\"noemer\":294,\"percentage\":17}", j.at("/vve/doelgroepdefinitie/landelijk").toString());
    assertEquals("{\"aantal\":70,\"noemer\":340,\"percentage\":21}", j.at("/jaarlijksOverleg/landelijk").toString());
    assertEquals("VERBETERAFSPRAKEN", j.at("/toezicht/afhandeling/LEA").asText());
    assertEquals("2024-12-31", j.at("/toezicht/contact/LEA/verbeterafspraken/0/uiterlijk").asText());
    assertEquals(List.of("L2", "L3", "L4", "L5", "V1", "V3", "V4"), codes(j.at("/risicoanalyse/regels")));
    assertEquals("De gemeente heeft geen overleg gevoerd over het bestrijden van onderwijsachterstanden.",
        j.at("/risicoanalyse/regels/0/uitleg").asText());
    assertFalse(j.has("vorigJaar"));
  }

  private static List<String> codes(JsonNode regels) {
    List<String> l = new ArrayList<>();
    regels.forEach(r -> l.add(r.get("code").asText()));
    return l;
  }

  @Test
  void voorneAanZeeWasMergedSoLastYearHasOnlyItsSummedCounts() throws IOException {
    Vragenlijst v2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
    Gemeenteprofiel p = Gemeenteprofielen.of(V2022).metVorigeJaren(List.of(v2021), LeaJson.herindelingenNl())
        .profiel(Gemeentecode.of("GM1992"));
    JsonNode vorig = json(p).get("vorigJaar");
    assertEquals("{\"verslagjaar\":2021,\"vergelijkbaar\":false,\"ingevuld\":null,\"overleg\":null,\"leaOverlegGevoerd\":null,"
        + "\"doelgroeppeuters\":295,\"kindplaatsen\":384,\"bereikteDoelgroeppeuters\":286,\"bereik\":{\"teller\":286,\"noemer\":295,"
        + "\"fractie\":0.9694915254237289,\"percentage\":97},\"resultaatafspraken\":null,\"risicocategorie\":null,\"verschilBereik\":null}",
        vorig.toString());
    assertThrows(DomainValidationException.class, () -> Gemeenteprofielen.of(v2021).metVorigeJaren(List.of(V2022), LeaJson.herindelingenNl()));
    assertThrows(DomainValidationException.class, () -> Gemeenteprofiel.van(V2022, Gemeentecode.of("GM9999")));
  }

  @Test
  void aGemeenteThatReturnedNothingHasOnlyItsNameAndRiskRules() throws IOException {
    GemeenteAntwoord niet = V2022.gemeenten().stream().filter(a -> !a.isIngevuld()).findFirst().orElseThrow();
    JsonNode j = json(Gemeenteprofiel.van(V2022, niet.gemeente().code()));
    List<String> velden = new ArrayList<>();
    j.fieldNames().forEachRemaining(velden::add);
    assertEquals(List.of("schema", "verslagjaar", "gemeente", "ingevuld", "risicoanalyse"), velden);
    assertEquals(List.of("L0"), codes(j.at("/risicoanalyse/regels")));
  }

  /** The mid-rank of docs/profiel.md §1, recomputed with BigDecimal over the sorted bereiken. */
  private static OptionalInt middenrang(Ratio eigen, List<Ratio> anderen) {
    if (anderen.isEmpty()) {
      return OptionalInt.empty();
    }
    BigDecimal punten = BigDecimal.ZERO;
    for (Ratio r : anderen) {
      BigDecimal a = new BigDecimal(r.teller()).multiply(new BigDecimal(eigen.noemer()));
      BigDecimal b = new BigDecimal(eigen.teller()).multiply(new BigDecimal(r.noemer()));
      punten = punten.add(a.compareTo(b) < 0 ? BigDecimal.ONE : a.compareTo(b) == 0 ? new BigDecimal("0.5") : BigDecimal.ZERO);
    }
    return OptionalInt.of(punten.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(anderen.size()), 0, RoundingMode.HALF_UP)
        .intValueExact());
  }

  @Test
  void positionsAndComparableGroupsFollowTheirDefinitions() {
    qt().withExamples(60).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(1, 40)).checkAssert(v -> {
      List<Gemeenteprofiel> alle = Gemeenteprofielen.of(v).alle();
      Rapport r = Rapport.van(v);
      assertEquals(v.gemeenten().size(), alle.size());
      List<GemeenteAntwoord> metBereik = v.gemeenten().stream()
          .filter(a -> a.vve().flatMap(x -> Bereik.van(x.aanbod())).isPresent()).toList();
      List<GemeenteAntwoord> opGrootte = new ArrayList<>(metBereik);
      opGrootte.sort(Comparator.comparingInt((GemeenteAntwoord a) -> a.vve().get().aanbod().doelgroeppeuters().getAsInt())
          .thenComparing(a -> a.gemeente().code()));
      int n = metBereik.size();
      for (int i = 0; i < alle.size(); i++) {
        Gemeenteprofiel p = alle.get(i);
        GemeenteAntwoord a = v.gemeenten().get(i);
        assertEquals(a, p.antwoord());
        assertEquals(r, p.landelijk(), "the national figures are the report's");
        Optional<Ratio> bereik = a.vve().flatMap(x -> Bereik.van(x.aanbod()));
        assertEquals(bereik.isPresent(), p.bereikpositie().isPresent());
        if (bereik.isEmpty()) {
          continue;
        }
        Gemeenteprofiel.Bereikpositie b = p.bereikpositie().get();
        List<Ratio> anderen = metBereik.stream().filter(x -> x != a).map(x -> Bereik.van(x.vve().get().aanbod()).get()).toList();
        assertEquals(middenrang(bereik.get(), anderen), b.positie());
        if (n > 1 && anderen.stream().allMatch(x -> x.compareTo(bereik.get()) > 0)) {
          assertEquals(OptionalInt.of(0), b.positie(), "the lowest bereik, when unique");
        }
        if (n > 1 && anderen.stream().allMatch(x -> x.compareTo(bereik.get()) < 0)) {
          assertEquals(OptionalInt.of(100), b.positie(), "the highest bereik, when unique");
        }
        int rang = opGrootte.indexOf(a) + 1;
        assertEquals((int) Math.ceil(5.0 * rang / n), b.vergelijkbaar().vijfde());
        Optional<Omvang> omvang = a.vve().get().doelgroepdefinitie().omvang();
        List<Gemeentecode> groep = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          GemeenteAntwoord x = opGrootte.get(k);
          if (x != a && omvang.isPresent() && x.vve().get().doelgroepdefinitie().omvang().equals(omvang)
              && (int) Math.ceil(5.0 * (k + 1) / n) == b.vergelijkbaar().vijfde()) {
            groep.add(x.gemeente().code());
          }
        }
        groep.sort(Comparator.naturalOrder());
        assertEquals(groep, b.vergelijkbaar().gemeenten());
        assertFalse(b.vergelijkbaar().gemeenten().contains(a.gemeente().code()), "never itself");
        List<Ratio> groepBereik = metBereik.stream().filter(x -> groep.contains(x.gemeente().code()))
            .map(x -> Bereik.van(x.vve().get().aanbod()).get()).sorted().toList();
        assertEquals(groepBereik.isEmpty() ? Optional.empty() : Optional.of(groepBereik.get((groepBereik.size() - 1) / 2)),
            b.vergelijkbaar().mediaan());
        assertEquals(middenrang(bereik.get(), groepBereik), b.vergelijkbaar().positie());
      }
    });
  }

  @Test
  void theProfilesNationalFiguresAreTheReportsRows() throws IOException {
    StringWriter w = new StringWriter();
    new JsonFormaat().render(Rapport.van(V2022), w);
    JsonNode rapport = JSON.readTree(w.toString());
    JsonNode j = json(Gemeenteprofiel.van(V2022, Gemeentecode.of("GM0308")));
    for (String[] x : new String[][] {{"/lea/VOORKOMEN_SEGREGATIE/landelijk/overleg", "1.1", "VOORKOMEN_SEGREGATIE"},
        {"/lea/VOORKOMEN_SEGREGATIE/landelijk/afspraken", "1.2", "VOORKOMEN_SEGREGATIE"},
        {"/lea/VOORKOMEN_SEGREGATIE/landelijk/doelen", "F1.2", "VOORKOMEN_SEGREGATIE"},
        {"/vve/toeleiding/landelijk", "1.6", "VOLDOET"}, {"/resultaatafspraken/landelijk", "2.1", "WEL"}}) {
      JsonNode rij = null;
      for (JsonNode t : rapport.get("tabellen")) {
        if (t.get("id").asText().equals(x[1])) {
          for (JsonNode r : t.get("rijen")) {
            if (r.get("sleutel").asText().equals(x[2])) {
              rij = r;
            }
          }
        }
      }
      for (String veld : List.of("aantal", "noemer", "percentage")) {
        assertEquals(rij.get(veld), j.at(x[0]).get(veld), x[0]);
      }
    }
  }

  @Test
  void hostileNamesAndTextsStayData() throws IOException {
    GemeenteAntwoord eerste = V2022.gemeenten().stream().filter(GemeenteAntwoord::isIngevuld).findFirst().orElseThrow();
    String naam = "=HYPERLINK(\"x\")\n# kop \u202e<script>";
    GemeenteAntwoord vijandig = GemeenteAntwoord.ingevuld(Gemeente.of(eerste.gemeente().code(), naam), eerste.lea().get(), eerste.vve().get());
    vijandig = eerste.jaarlijksOverleg().map(vijandig::withJaarlijksOverleg).orElse(vijandig);
    vijandig = eerste.verantwoording().map(vijandig::withVerantwoording).orElse(vijandig);
    List<GemeenteAntwoord> lijst = new ArrayList<>(V2022.gemeenten());
    lijst.set(V2022.gemeenten().indexOf(eerste), vijandig);
    Vragenlijst v = Vragenlijst.of(V2022.verslagjaar(), lijst);
    Gemeenteprofiel p = Gemeenteprofiel.van(v, eerste.gemeente().code());
    assertEquals(naam.strip(), json(p).at("/gemeente/naam").asText());
    StringWriter t = new StringWriter();
    ProfielRenderer.tekst(p, t);
    assertFalse(t.toString().contains("\n# kop") || t.toString().contains("\u202e"), t.toString().substring(0, 120));
    StringWriter m = new StringWriter();
    ProfielRenderer.markdown(p, m);
    assertFalse(m.toString().contains("\n# kop") || m.toString().contains("<script>"), m.toString().substring(0, 120));
    StringWriter c = new StringWriter();
    ProfielRenderer.csv(List.of(p), false, c);
    String regel = c.toString().split("\r\n")[1];
    assertTrue(regel.startsWith(eerste.gemeente().code() + ",\"'=HYPERLINK"), regel);
  }

  @Test
  void aLetterNeedsTheJudgement() {
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> nl.lea.rapport.render.BriefRenderer.render(Gemeenteprofiel.van(V2022, Gemeentecode.of("GM0308"))));
    assertTrue(e.getMessage().contains("toezicht"), e.getMessage());
  }

  @Test
  void theCsvHasTheSpecsColumnsAndOneLinePerGemeenteInDocumentOrder() {
    StringWriter w = new StringWriter();
    ProfielRenderer.csv(Gemeenteprofielen.of(V2022).alle(), false, w);
    String[] regels = w.toString().split("\r\n");
    assertEquals("code,naam,ingevuld,BESTRIJDEN_ONDERWIJSACHTERSTANDEN/overleg,BESTRIJDEN_ONDERWIJSACHTERSTANDEN/afspraken,"
        + "BESTRIJDEN_ONDERWIJSACHTERSTANDEN/doelbereik,VOORKOMEN_SEGREGATIE/overleg,VOORKOMEN_SEGREGATIE/afspraken,"
        + "VOORKOMEN_SEGREGATIE/doelbereik,BEVORDEREN_INTEGRATIE/overleg,BEVORDEREN_INTEGRATIE/afspraken,BEVORDEREN_INTEGRATIE/doelbereik,"
        + "INSCHRIJVING_EN_TOELATING/overleg,INSCHRIJVING_EN_TOELATING/afspraken,INSCHRIJVING_EN_TOELATING/doelbereik,leaOverlegGevoerd,"
        + "doelgroepdefinitie,toeleiding,doorgaandeLijn,omvang,doelgroeppeuters,kindplaatsen,bereikteDoelgroeppeuters,bereik,positie,"
        + "kindplaatsenToereikend,resultaatafspraken,categorie,regels", regels[0]);
    assertEquals(V2022.gemeenten().size() + 1, regels.length);
    int kolommen = regels[0].split(",").length;
    for (int i = 1; i < regels.length; i++) {
      assertTrue(regels[i].startsWith(V2022.gemeenten().get(i - 1).gemeente().code() + ","), regels[i]);
      assertEquals(kolommen, regels[i].replaceAll("\"[^\"]*\"", "x").split(",", -1).length, regels[i]);
    }
    String baarn = List.of(regels).stream().filter(r -> r.startsWith("GM0308,")).findFirst().orElseThrow();
    assertEquals("GM0308,Baarn,true,false,LOPEND,GEEN_DOELEN,false,GEEN,GEEN_DOELEN,true,GEEN,GEEN_DOELEN,true,GEEN,GEEN_DOELEN,false,"
        + "GEEN_OVERLEG,VOLDOET,GEEN_OVERLEG,MIDDEN,22,,22,100,77,ONBEKEND,WEL,LEA_EN_VVE,L2 L3 L4 L5 V1 V3 V4", baarn);
    String niet = List.of(regels).stream().filter(r -> r.contains(",false,,,")).findFirst().orElseThrow();
    assertTrue(niet.endsWith(",LEA_EN_VVE,L0"), niet);
  }
}
