package nl.lea.publicatie;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.lea.bereik.Bereikstatistiek;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Gemiddelde;
import nl.lea.bereik.GewogenBereik;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
import nl.lea.bereik.Ratio;
import nl.lea.bereik.Registeroverzicht;
import nl.lea.bereik.Som;
import nl.lea.contracten.Contracten;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Figuur;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Groep;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Waarschuwing;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.risico.Risicoregels;
import nl.lea.rapport.toezicht.Toestand;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtdossier;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.junit.jupiter.api.Test;

/**
 * The contract of lea-core's {@link Contracten}, over every public method and constructor of
 * lea-bereik, lea-json, lea-rapport and lea-publicatie (this module sees them all): it returns or
 * throws lea's own exception — {@code DomainValidationException} for an argument, a reader's {@link
 * JsonReadException}, an I/O failure, an overflow — never a NullPointerException or another
 * runtime exception; null is rejected where the Javadoc does not allow it; and no returned collection
 * can be changed.
 */
class ContractProperties {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Beoordelingen B = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
  private static final Vragenlijst KLEIN = Vragenlijst.of(V.verslagjaar(), V.gemeenten().subList(0, 12));
  private static final nl.lea.rapport.Vergelijking VERGELIJKING = nl.lea.rapport.Vergelijking.van(
      List.of(KLEIN, Vragenlijst.of(nl.lea.core.Verslagjaar.of(2021), KLEIN.gemeenten())), LeaJson.herindelingenNl(),
      nl.lea.core.jaren.Cijfers.geen());
  private static final Rapport RAPPORT = Rapport.van(KLEIN);
  private static final List<nl.lea.rapport.Gemeenteprofiel> PROFIELEN = nl.lea.rapport.Gemeenteprofielen.of(V).metToezicht(B).alle()
      .subList(0, 20);
  private static final List<nl.lea.rapport.Gemeenteprofiel> VORIGE = nl.lea.rapport.Gemeenteprofielen.of(KLEIN)
      .metVorigeJaren(List.of(Vragenlijst.of(nl.lea.core.Verslagjaar.of(2021), KLEIN.gemeenten())), LeaJson.herindelingenNl()).alle();
  private static final Rapport MET_TOEZICHT = Rapport.van(V, B);
  private static final List<Toezichtuitkomst> UITKOMSTEN = Toezicht.beoordeel(V, B);
  private static final String JSON = LeaJson.writeVragenlijst(KLEIN, false);
  private static final String PEUTERS = "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":36,\"indicatoren\":[\"THUISTAAL\"],"
      + "\"veDeelname\":true}\n{\"id\":\"b\",\"gemeente\":\"GM14\"}\n";

  private static final Contracten CONTRACTEN = Contracten.van("nl.lea.bereik", "nl.lea.json", "nl.lea.rapport", "nl.lea.publicatie")
      .toegestaan(JsonReadException.class, IOException.class, UncheckedIOException.class, ArithmeticException.class)
      .nullable(
          // Documented nullable: a JsonError's value ("null if none"), a figure's missing rows.
          "JsonError.at", "JsonError.<init>")
      .met(nl.lea.rapport.render.TekstRapportFormaat.class, (a, ongeldig) -> a.pick(List.of(new nl.lea.rapport.render.PlatteTekstFormaat(),
          new nl.lea.rapport.render.MarkdownFormaat(), new nl.lea.rapport.render.JsonFormaat(), new nl.lea.rapport.render.CsvFormaat(),
          new HtmlFormaat())))
      .met(nl.lea.rapport.render.RapportFormaat.class, (a, ongeldig) -> a.pick(nl.lea.rapport.render.RapportFormaat.alle()))
      .met(nl.lea.json.jackson.InvalidLeaJsonException.class, (a, ongeldig) -> ongeldigDoorJackson())
      .met(nl.lea.json.JsonTextWriter.class, (a, ongeldig) -> new nl.lea.json.JsonTextWriter(new StringWriter(), a.random().nextBoolean()))
      .met(nl.lea.json.PeuterReader.class, (a, ongeldig) -> nl.lea.json.PeuterReader.of(
          new ByteArrayInputStream(PEUTERS.getBytes(StandardCharsets.UTF_8))))
      .met(nl.lea.rapport.toezicht.OngeldigeOvergangException.class, (a, ongeldig) -> ongeldigeOvergang())
      .met(Path.class, (a, ongeldig) -> ongeldig ? Path.of("bestaat-niet.json") : DATA.resolve("vragenlijst-2022.json"))
      // A register, not the questionnaire: its 54,879 lines, every one invalid, take a second to report.
      .met("PeuterReader.readAll", Path.class, (a, ongeldig) -> ongeldig ? Path.of("bestaat-niet.jsonl") : peuterbestand())
      .met(InputStream.class, (a, ongeldig) -> new ByteArrayInputStream(
          (ongeldig ? "{\"schema\": 1}" : a.pick(List.of(JSON, PEUTERS))).getBytes(StandardCharsets.UTF_8)))
      .met(OutputStream.class, (a, ongeldig) -> new ByteArrayOutputStream())
      .met(Writer.class, (a, ongeldig) -> new StringWriter())
      .met(byte[].class, (a, ongeldig) -> (ongeldig ? "[1," : JSON).getBytes(StandardCharsets.UTF_8))
      .met(BigInteger.class, (a, ongeldig) -> BigInteger.valueOf(ongeldig ? 0 : a.pick(List.of(1L, 3L, 7L))))
      .met(Predicate.class, (a, ongeldig) -> (Predicate<Object>) x -> true)
      .met(java.util.function.Supplier.class, (a, ongeldig) -> (java.util.function.Supplier<Object>) Registeroverzicht::builder)
      .met(java.util.function.BinaryOperator.class, (a, ongeldig) -> (java.util.function.BinaryOperator<Registeroverzicht.Builder>)
          Registeroverzicht.Builder::merge)
      .met(Registeroverzicht.Builder.class, (a, ongeldig) -> Registeroverzicht.builder().add(a.pick(List.of(
          Peuter.of("a", Gemeentecode.of(14), 36, Set.of(DoelgroepIndicator.THUISTAAL), true),
          Peuter.of("b", Gemeentecode.of(363), 20, Set.of(), false)))))
      .met(Ratio.class, (a, ongeldig) -> a.pick(List.of(Ratio.ZERO, Ratio.ONE, Ratio.of(2, 3))))
      .met(Som.class, (a, ongeldig) -> a.pick(List.of(Som.LEEG, Som.of(10, 2))))
      .met(Gemiddelde.class, (a, ongeldig) -> a.pick(List.of(Gemiddelde.LEEG, Bereikstatistiek.van(KLEIN.gemeenten()).gemiddeldBereik())))
      .met(GewogenBereik.class, (a, ongeldig) -> a.pick(List.of(GewogenBereik.LEEG, GewogenBereik.of(8, 10, 2))))
      .met(Bereikstatistiek.class, (a, ongeldig) -> a.pick(List.of(Bereikstatistiek.LEEG, Bereikstatistiek.van(KLEIN.gemeenten()))))
      .met(Cohort.class, (a, ongeldig) -> Cohort.van(List.of(KLEIN)))
      .met(Cohort.Jaar.class, (a, ongeldig) -> Cohort.van(List.of(KLEIN)).reeks().get(0))
      .met(nl.lea.rapport.Vergelijking.class, (a, ongeldig) -> VERGELIJKING)
      .met(nl.lea.rapport.Vergelijking.Document.class, (a, ongeldig) -> a.pick(VERGELIJKING.documenten()))
      .met(nl.lea.rapport.Vergelijking.Tabelreeks.class, (a, ongeldig) -> a.pick(VERGELIJKING.tabellen()))
      .met(nl.lea.rapport.Vergelijking.Rijreeks.class, (a, ongeldig) -> a.pick(VERGELIJKING.tabel("2.1").orElseThrow().rijen()))
      .met(nl.lea.rapport.Vergelijking.Jaarwaarde.class,
          (a, ongeldig) -> a.pick(VERGELIJKING.tabel("1.10").orElseThrow().rijen().get(0).jaren()))
      .met(nl.lea.rapport.Vergelijking.Overgangen.class,
          (a, ongeldig) -> VERGELIJKING.tabel("2.1").orElseThrow().rij("WEL").orElseThrow().overgangen().orElseThrow())
      .met(nl.lea.rapport.Gemeenteprofielen.class, (a, ongeldig) -> a.pick(List.of(nl.lea.rapport.Gemeenteprofielen.of(KLEIN),
          nl.lea.rapport.Gemeenteprofielen.of(KLEIN).metVorigeJaren(List.of(), nl.lea.core.jaren.Herindelingen.geen()))))
      .met(nl.lea.rapport.Gemeenteprofiel.class, (a, ongeldig) -> a.pick(a.random().nextBoolean() ? PROFIELEN : VORIGE))
      .met(nl.lea.rapport.Gemeenteprofiel.Bereikpositie.class, (a, ongeldig) -> a.pick(PROFIELEN.stream()
          .flatMap(p -> p.bereikpositie().stream()).toList()))
      .met(nl.lea.rapport.Gemeenteprofiel.Vergelijkbaar.class, (a, ongeldig) -> a.pick(PROFIELEN.stream()
          .flatMap(p -> p.bereikpositie().stream()).map(b -> b.vergelijkbaar()).toList()))
      .met(nl.lea.rapport.Gemeenteprofiel.VorigJaar.class, (a, ongeldig) -> a.pick(VORIGE.stream()
          .flatMap(p -> p.vorigJaar().stream()).toList()))
      .met(nl.lea.bereik.Indeling.class, (a, ongeldig) -> nl.lea.bereik.Indeling.van(KLEIN, LeaJson.herindelingenNl(),
          KLEIN.verslagjaar()))
      .met(nl.lea.bereik.Indeling.Aantallen.class, (a, ongeldig) -> a.pick(List.of(nl.lea.bereik.Indeling.Aantallen.GEEN,
          nl.lea.bereik.Indeling.Aantallen.van(KLEIN.gemeenten().get(0)))))
      .met(Indicatie.class, (a, ongeldig) -> Indicatie.van(a.pick(List.of(Doelgroepdefinitie.onbekend(),
          Doelgroepdefinitie.parse("THUISTAAL | KIND_IN_AZC")))))
      .met(PeuterTelling.class, (a, ongeldig) -> a.pick(List.of(PeuterTelling.LEEG, register().tel(Indicatie.van(Doelgroepdefinitie.parse("THUISTAAL"))))))
      .met(PeuterTelling.Gemeente.class, (a, ongeldig) -> PeuterTelling.Gemeente.of(Gemeentecode.of(14), 3, 1))
      .met(Peuterregister.class, (a, ongeldig) -> register())
      .met(Peuterregister.Builder.class, (a, ongeldig) -> Peuterregister.builder())
      .met(Peuterregister.Teller.class, (a, ongeldig) -> new Peuterregister.Teller())
      .met(Registeroverzicht.class, (a, ongeldig) -> a.pick(List.of(Registeroverzicht.LEEG, register().overzicht())))
      .met(Registeroverzicht.Builder.class, (a, ongeldig) -> Registeroverzicht.builder())
      .met(Registeroverzicht.Kandidaat.class, (a, ongeldig) -> register().overzicht().rangschik(Indicatie.enkeleClausules(1)).get(0))
      .met(JsonError.class, (a, ongeldig) -> JsonError.at("/gemeenten/0", "is required", null))
      .met(nl.lea.json.LeaProblem.class, (a, ongeldig) -> a.pick(List.of(nl.lea.json.LeaProblem.leeg(),
          nl.lea.json.LeaProblem.van(List.of(JsonError.at("/gemeenten/0", "is required", null))),
          nl.lea.json.LeaProblem.ontleed(2, 7, "Unexpected character ('x' (code 120)): was expecting comma to separate Object entries"))))
      .met(JsonReadException.class, (a, ongeldig) -> new JsonReadException(List.of(JsonError.at("", "malformed", null))))
      .met(Rapport.class, (a, ongeldig) -> a.pick(List.of(RAPPORT, MET_TOEZICHT)))
      .met(Tabel.class, (a, ongeldig) -> a.pick(MET_TOEZICHT.tabellen()))
      .met(nl.lea.rapport.Drukverschil.class, (a, ongeldig) -> a.pick(MET_TOEZICHT.drukverschillen()))
      .met(Rij.class, (a, ongeldig) -> a.pick(a.pick(MET_TOEZICHT.tabellen()).rijen()))
      .met(Telrij.class, (a, ongeldig) -> MET_TOEZICHT.tabel("F1.3").orElseThrow().rijen().get(0))
      .met(Somrij.class, (a, ongeldig) -> MET_TOEZICHT.tabel("1.10").orElseThrow().rijen().get(0))
      .met(Gemiddelderij.class, (a, ongeldig) -> MET_TOEZICHT.tabel("bereik").orElseThrow().rijen().get(0))
      .met(Groep.class, (a, ongeldig) -> new Groep("LEA", "LEA"))
      .met(Figuur.class, (a, ongeldig) -> a.pick(List.of(Figuur.staven(), Figuur.stroom(), Figuur.gestapeld(Set.of("X")))))
      .met(Waarschuwing.class, (a, ongeldig) -> a.pick(V.gemeenten().isEmpty() ? List.of() : Rapport.van(V).waarschuwingen()))
      .met(Risicoregel.class, (a, ongeldig) -> a.pick(Risicoregels.standaard()))
      .met(Risicoanalyse.class, (a, ongeldig) -> a.pick(List.of(Risicoanalyse.standaard(), Risicoanalyse.met(List.of(Risicoregels.V4)))))
      .met(Risicoprofiel.class, (a, ongeldig) -> Risicoanalyse.standaard().profiel(a.pick(V.gemeenten())))
      .met(Toezichtuitkomst.class, (a, ongeldig) -> a.pick(UITKOMSTEN))
      .met(Toezichtdossier.class, (a, ongeldig) -> Toezichtdossier.open(Gemeente.of("GM0014", "Groningen"), Verslagjaar.of(2022),
          a.pick(List.of(Domein.values())), a.random().nextBoolean(), LocalDate.of(2023, 3, 1)))
      .met(Toezichtdossier.Overgang.class, (a, ongeldig) -> new Toezichtdossier.Overgang(Toestand.RISICOANALYSE, LocalDate.of(2023, 4, 1),
          java.util.Optional.empty()))
      .met(GemeenteAntwoord.class, (a, ongeldig) -> a.pick(V.gemeenten()))
      .met(Vragenlijst.class, (a, ongeldig) -> a.pick(List.of(KLEIN, Vragenlijst.of(Verslagjaar.of(2021), List.of()))))
      .met(Beoordelingen.class, (a, ongeldig) -> a.pick(List.of(B, Beoordelingen.of(Verslagjaar.of(2022), List.of()))));

  /** The exception lea's Jackson 2 module gives for an invalid document. */
  private static nl.lea.json.jackson.InvalidLeaJsonException ongeldigDoorJackson() {
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new nl.lea.json.jackson.LeaModule())
          .readValue("{\"schema\": 1}", Vragenlijst.class);
      throw new AssertionError("read an invalid document");
    } catch (nl.lea.json.jackson.InvalidLeaJsonException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exception of a dossier asked for a transition its state does not allow. */
  private static nl.lea.rapport.toezicht.OngeldigeOvergangException ongeldigeOvergang() {
    try {
      Toezichtdossier.open(Gemeente.of("GM0014", "Groningen"), Verslagjaar.of(2022), Domein.LEA, true, LocalDate.of(2023, 3, 1))
          .naar(Toestand.ONDERZOEK, LocalDate.of(2023, 4, 1));
      throw new AssertionError("a transition to ONDERZOEK from the start");
    } catch (nl.lea.rapport.toezicht.OngeldigeOvergangException e) {
      return e;
    }
  }

  private static Peuterregister register() {
    return Peuterregister.van(List.of(Peuter.of("a", Gemeentecode.of(14), 36, Set.of(DoelgroepIndicator.THUISTAAL), true),
        Peuter.of("b", Gemeentecode.of(363), 40, Set.of(), false)));
  }

  private static Path peuterbestand;

  /** A small register file of two toddlers. */
  private static synchronized Path peuterbestand() {
    if (peuterbestand == null) {
      try {
        peuterbestand = java.nio.file.Files.createTempFile("peuters", ".jsonl");
        peuterbestand.toFile().deleteOnExit();
        String regel = PEUTERS.lines().findFirst().orElseThrow();
        java.nio.file.Files.writeString(peuterbestand, regel + "\n" + regel.replace("GM0014", "GM0363") + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return peuterbestand;
  }

  @Test
  void everyPublicMethodOfTheModulesIsCovered() {
    CONTRACTEN.controleerDekking(150);
  }

  @Test
  void everyMemberKeepsTheContract() {
    List<String> overtredingen = CONTRACTEN.overtredingen(150);
    org.junit.jupiter.api.Assertions.assertTrue(overtredingen.isEmpty(), String.join("\n", overtredingen));
  }

  @Test
  void returnsAValueOrThrowsLeasOwnException() {
    CONTRACTEN.controleer(6_000);
  }
}
