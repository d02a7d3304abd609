package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.jaren.Herindeling;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/jaren.md §4–§5a: the comparison on the shipped data, recomputed from the raw JSON, and its laws. */
class VergelijkingTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final List<Vragenlijst> DOCS = List.of(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json")),
      LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json")), LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json")));
  private static final Vergelijking V = Vergelijking.van(DOCS, LeaJson.herindelingenNl(), LeaJson.cijfersNl());
  private static final Verslagjaar J2020 = Verslagjaar.of(2020);
  private static final Verslagjaar J2021 = Verslagjaar.of(2021);
  private static final Verslagjaar J2022 = Verslagjaar.of(2022);

  private static Vergelijking.Rijreeks rij(Vergelijking v, String tabel, String sleutel) {
    return v.tabel(tabel).orElseThrow().rij(sleutel).orElseThrow();
  }

  /** Round half up of 100·a/n, computed here with BigDecimal rather than lea's integer formula. */
  private static long procent(long a, long n) {
    return BigDecimal.valueOf(100 * a).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void theReportsComparisonNoLeaOverlegFrom11To21Percent() {
    Vergelijking.Rijreeks r = rij(V, "1.1-lea-overleg", "GEEN_LEA_OVERLEG");
    assertEquals(List.of(J2020, J2021, J2022), V.jaren());
    Vergelijking.Jaarwaarde j2021 = r.jaar(J2021).orElseThrow();
    assertEquals(Vergelijking.Bron.GEPUBLICEERD, j2021.bron());
    assertEquals(Telrij.of("GEEN_LEA_OVERLEG", r.label(), 35, 325), j2021.rij());
    assertTrue(j2021.bronvermelding().orElseThrow().startsWith("Inspectie van het Onderwijs. (2022)."));
    assertEquals(OptionalLong.of(70), ((Telrij) r.jaar(J2022).orElseThrow().rij()).aantal());
    // 2020 is a version 1 document: the table is there with noemer 0 and no percentage.
    assertEquals(0, ((Telrij) r.jaar(J2020).orElseThrow().rij()).noemer());
    assertEquals(Optional.of(J2021), r.vorigJaar());
    assertEquals(OptionalLong.of(procent(70, 340) - procent(35, 325)), r.verschil());
    assertEquals(OptionalLong.of(10), r.verschil());
    assertEquals(Optional.of(false), r.noemerGewijzigd());
    // A version 1 document answered no LEA-overleg question: its 2×2 is empty.
    assertEquals(0, r.overgangen().orElseThrow().aantalGemeenten());
    assertEquals(88, V.cohort().gemeenten().size());
  }

  @Test
  void theDocumentsAndWhatTheMappingCouldNotCompare() {
    assertEquals(List.of(J2020, J2021, J2022), V.documenten().stream().map(Vergelijking.Document::verslagjaar).toList());
    assertEquals(List.of(345L, 345L, 342L), V.documenten().stream().map(Vergelijking.Document::aantalGemeenten).toList());
    Set<Gemeentecode> samengevoegd = Set.of(Gemeentecode.of("GM0363"), Gemeentecode.of("GM1992"));
    assertEquals(List.of(samengevoegd, samengevoegd, Set.of()), V.documenten().stream().map(Vergelijking.Document::nietVergelijkbaar).toList());
  }

  @Test
  void everyVerschilAndMarkFollowsFromTheRowsPrintedPercentages() {
    int rijen = 0;
    for (Vergelijking.Tabelreeks t : V.tabellen()) {
      for (Vergelijking.Rijreeks r : t.rijen()) {
        rijen++;
        Optional<Vergelijking.Jaarwaarde> nu = r.jaar(J2022);
        Optional<Vergelijking.Jaarwaarde> vorig = r.vorigJaar().flatMap(r::jaar);
        OptionalLong verwacht = OptionalLong.empty();
        if (nu.isPresent() && vorig.isPresent()) {
          Rij a = vorig.get().rij();
          Rij b = nu.get().rij();
          if (a instanceof Somrij sa && b instanceof Somrij sb) {
            verwacht = OptionalLong.of(sb.waarde() - sa.waarde());
          } else if (a instanceof Telrij ta && b instanceof Telrij tb && ta.noemer() > 0 && tb.noemer() > 0) {
            verwacht = OptionalLong.of(procent(tb.aantal().getAsLong(), tb.noemer()) - procent(ta.aantal().getAsLong(), ta.noemer()));
          } else if (a instanceof Gemiddelderij ga && b instanceof Gemiddelderij gb && ga.waarde().isPresent() && gb.waarde().isPresent()) {
            verwacht = OptionalLong.of(gb.percentage().getAsInt() - ga.percentage().getAsInt());
          }
        }
        assertEquals(verwacht, r.verschil(), t.id() + " " + r.sleutel());
        assertEquals(verwacht.isPresent(), r.noemerGewijzigd().isPresent(), t.id() + " " + r.sleutel());
      }
    }
    // Every row of the 2022 report, none left out.
    assertEquals(Rapport.van(DOCS.get(0)).tabellen().stream().mapToInt(t -> t.rijen().size()).sum(), rijen);
    // 1.10's kindplaatsen: 246 suppliers in 2021, 291 in 2022, 45 more than 5% of 246.
    assertEquals(Optional.of(true), rij(V, "1.10", "KINDPLAATSEN").noemerGewijzigd());
    // 1.10's doelgroeppeuters: 283 and 297, 14 less than 5% of 283.
    assertEquals(Optional.of(false), rij(V, "1.10", "DOELGROEPPEUTERS").noemerGewijzigd());
  }

  /** The raw JSON's returned answers by code, without the gemeenten the mapping joined. */
  private static Map<String, JsonNode> vergelijkbaar(String bestand) throws IOException {
    Map<String, JsonNode> perCode = new HashMap<>();
    Set<String> samengevoegd = Set.of("GM0363", "GM0457", "GM0501", "GM0530", "GM0614", "GM1992");
    for (JsonNode g : new ObjectMapper().readTree(DATA.resolve(bestand).toFile()).get("gemeenten")) {
      String code = g.at("/gemeente/code").asText();
      if (g.get("ingevuld").asBoolean() && !samengevoegd.contains(code)) {
        perCode.put(code, g);
      }
    }
    return perCode;
  }

  private static void overgangen(String tabel, String sleutel, Predicate<JsonNode> ja) throws IOException {
    Map<String, JsonNode> van = vergelijkbaar("vragenlijst-2021.json");
    Map<String, JsonNode> naar = vergelijkbaar("vragenlijst-2022.json");
    long[] cellen = new long[4];
    for (Map.Entry<String, JsonNode> e : naar.entrySet()) {
      JsonNode eerder = van.get(e.getKey());
      if (eerder != null) {
        cellen[(ja.test(eerder) ? 0 : 2) + (ja.test(e.getValue()) ? 0 : 1)]++;
      }
    }
    Vergelijking.Overgangen o = rij(V, tabel, sleutel).overgangen().orElseThrow();
    assertEquals(List.of(J2021, J2022), List.of(o.vanJaar(), o.naarJaar()));
    assertEquals(List.of(cellen[0], cellen[1], cellen[2], cellen[3]),
        List.of(o.jaJa().getAsLong(), o.jaNee().getAsLong(), o.neeJa().getAsLong(), o.neeNee().getAsLong()), tabel);
    assertEquals(cellen[0] + cellen[1] + cellen[2] + cellen[3], o.aantalGemeenten());
  }

  @Test
  void theTransitionsPerGemeenteEqualACountOverTheRawJson() throws IOException {
    overgangen("2.1", "WEL", g -> g.at("/vve/resultaatafspraken/status").asText().equals("WEL"));
    overgangen("kindplaatsen", "VOLDOENDE", g -> g.at("/vve/aanbod/kindplaatsen").isInt() && g.at("/vve/aanbod/doelgroeppeuters").isInt()
        && g.at("/vve/aanbod/kindplaatsen").asInt() >= g.at("/vve/aanbod/doelgroeppeuters").asInt());
    overgangen("1.1-geen", "GEEN_ENKEL_THEMA", g -> {
      for (JsonNode thema : g.get("lea")) {
        if (thema.get("overleg").asBoolean()) {
          return false;
        }
      }
      return true;
    });
    // Only the four supervision rows carry transitions.
    long metOvergangen = V.tabellen().stream().flatMap(t -> t.rijen().stream()).filter(r -> r.overgangen().isPresent()).count();
    assertEquals(4, metOvergangen);
  }

  @Test
  void aPublishedFigureMayNotRepeatOrContradictADocument() {
    Cijfers dubbel = Cijfers.of(List.of(Cijfer.of(J2022, "1.1", "VOORKOMEN_SEGREGATIE", 1, 2, "b"),
        Cijfer.of(J2021, "1.10", "KINDPLAATSEN", 1, 2, "b")));
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> Vergelijking.van(DOCS, Herindelingen.geen(), dubbel));
    assertEquals(List.of("cijfers[1].sleutel", "cijfers[0]"), e.violations().stream().map(v -> v.field()).toList());
    assertTrue(e.violations().get(1).rule().contains("document of 2022 supplies"), e.getMessage());
    assertThrows(DomainValidationException.class, () -> Vergelijking.van(List.of(DOCS.get(0), DOCS.get(0)), Herindelingen.geen(),
        Cijfers.geen()));
    assertThrows(DomainValidationException.class, () -> Vergelijking.van(List.of(), Herindelingen.geen(), Cijfers.geen()));
  }

  @Test
  void suppressionHidesSmallCountsAndTheirVerschilButNeverANoemer() {
    Vergelijking dicht = V.onderdruk(10);
    Vergelijking.Overgangen o = rij(dicht, "1.1-geen", "GEEN_ENKEL_THEMA").overgangen().orElseThrow();
    assertTrue(o.onderdrukt());
    assertEquals(rij(V, "1.1-geen", "GEEN_ENKEL_THEMA").overgangen().orElseThrow().aantalGemeenten(), o.aantalGemeenten());
    for (Vergelijking.Tabelreeks t : dicht.tabellen()) {
      for (Vergelijking.Rijreeks r : t.rijen()) {
        boolean weg = r.jaren().stream().anyMatch(w -> w.rij() instanceof Telrij tel && tel.onderdrukt()
            && (w.verslagjaar().equals(J2022) || r.vorigJaar().equals(Optional.of(w.verslagjaar()))));
        if (weg) {
          assertTrue(r.verschil().isEmpty(), t.id() + " " + r.sleutel());
        }
      }
    }
    assertEquals(V.cohort().reeks(), dicht.cohort().reeks());
  }

  @Test
  void oneDocumentComparesWithNothingAndEachRowIsItsReportsRow() {
    qt().withExamples(100).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 15)).checkAssert(v -> {
      Vergelijking alleen = Vergelijking.van(List.of(v), Herindelingen.geen(), Cijfers.geen());
      Rapport r = Rapport.van(v);
      assertEquals(r.tabellen().size(), alleen.tabellen().size());
      for (int i = 0; i < r.tabellen().size(); i++) {
        Tabel t = r.tabellen().get(i);
        for (int j = 0; j < t.rijen().size(); j++) {
          Vergelijking.Rijreeks rij = alleen.tabellen().get(i).rijen().get(j);
          assertEquals(List.of(t.rijen().get(j)), rij.jaren().stream().map(Vergelijking.Jaarwaarde::rij).toList());
          assertTrue(rij.verschil().isEmpty() && rij.vorigJaar().isEmpty() && rij.overgangen().isEmpty());
        }
      }
    });
  }

  @Test
  void theNationalTablesNeverChangeByMapping() {
    // Each year's national figures are that year's report on the document as it stands, whatever the herindelingen.
    qt().withExamples(50).forAll(LeaGenerators.vragenlijsten().verslagjaar(2021).aantalGemeenten(0, 12),
        LeaGenerators.vragenlijsten().verslagjaar(2022).aantalGemeenten(0, 12), integers().between(0, 143),
        integers().between(1, 365)).checkAssert((a, b, paar, dag) -> {
          // Two of the 2021 gemeenten merge on a day of 2022 into a new code.
          int x = paar / 12;
          int y = paar % 12;
          List<Gemeente> codes = a.gemeenten().stream().map(GemeenteAntwoord::gemeente).toList();
          List<Herindeling> lijst = new ArrayList<>();
          if (codes.size() > Math.max(x, y) && x != y) {
            lijst.add(Herindeling.of(LocalDate.of(2022, 1, 1).plusDays(dag - 1), List.of(codes.get(x), codes.get(y)),
                Gemeente.of(Gemeentecode.of(9000 + x), "Nieuw")));
          }
          Vergelijking met = Vergelijking.van(List.of(a, b), Herindelingen.of(lijst), Cijfers.geen());
          Vergelijking zonder = Vergelijking.van(List.of(a, b), Herindelingen.geen(), Cijfers.geen());
          for (Vragenlijst doc : List.of(a, b)) {
            Rapport r = Rapport.van(doc);
            for (Tabel t : r.tabellen()) {
              for (Rij rij : t.rijen()) {
                for (Vergelijking v : List.of(met, zonder)) {
                  assertEquals(rij, v.tabel(t.id()).orElseThrow().rij(rij.sleutel()).orElseThrow().jaar(doc.verslagjaar()).orElseThrow().rij(),
                      t.id() + "/" + rij.sleutel() + " " + doc.verslagjaar());
                }
              }
            }
          }
          assertEquals(zonder.tabellen().stream().map(t -> t.rijen().stream().map(Vergelijking.Rijreeks::verschil).toList()).toList(),
              met.tabellen().stream().map(t -> t.rijen().stream().map(Vergelijking.Rijreeks::verschil).toList()).toList());
        });
  }
}
