package nl.lea.rapport;

import static nl.lea.rapport.Gegevens.gemiddeld;
import static nl.lea.rapport.Gegevens.perConstante;
import static nl.lea.rapport.Gegevens.tel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.doel.DoelbereikGrof;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Frequentie;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Afhandeling;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * The registry of the report's tables (docs/rapport.md): each table is one declared value — its
 * id, its title, and how its rows and their denominators follow from the questionnaire document —
 * in the order the report prints them. Adding a table is one declaration here (and its test); the
 * report, every renderer and the tests that iterate over {@link #ids()} pick it up.
 *
 * <p>For example, {@code Tabellen.ids()} starts with {@code [1.1, 1.1-geen, 1.2, F1.2, …]} and ends
 * with {@code risico}; {@link #idsMetToezicht()} adds the six waarborgtoezicht tables after it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Tabellen {

  /** One declared table: the rows of a report follow from its {@link Gegevens}. */
  record Definitie(String id, String titel, boolean toezicht, Function<Gegevens, List<? extends Rij>> rijen) {
    /**
     * The table, worded as the report prints it where labels.json has its wording: the report's
     * title and row labels, and the heading with {@code {jaar}} the verslagjaar and {@code {n}} the
     * one denominator its count rows share ({@code –} if they do not share one).
     */
    Tabel bereken(Gegevens g) {
      List<Rij> lijst = new ArrayList<>(rijen.apply(g));
      Optional<Labels.Tekst> tekst = Labels.van(id);
      if (tekst.isEmpty()) {
        return new Tabel(id, titel, lijst);
      }
      Labels.Tekst t = tekst.get();
      lijst.replaceAll(r -> t.rijen().containsKey(r.sleutel()) ? r.withLabel(t.rijen().get(r.sleutel())) : r);
      Set<Long> noemers = lijst.stream()
          .filter(Telrij.class::isInstance)
          .map(r -> ((Telrij) r).noemer())
          .collect(Collectors.toSet());
      String n = noemers.size() == 1 ? Long.toString(noemers.iterator().next()) : "–";
      String kop = t.titelMetJaarEnN()
          .replace("{jaar}", g.vragenlijst.verslagjaar().toString())
          .replace("{n}", n);
      return new Tabel(id, t.titel(), kop, lijst);
    }
  }

  private static final List<VveUitkomst> AFSPRAKEN =
      List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET, VveUitkomst.AANPASSING_NODIG, VveUitkomst.GEEN_AFSPRAKEN);

  private static final List<Definitie> DEFINITIES = List.of(
      tabel("1.1", "Aantal gemeenten dat overlegde over onderwijsachterstandenbeleid",
          g -> perConstante(LeaThema.values(), th -> tel(g.lea, l -> l.thema(th).overleg()), th -> g.n())),
      tabel("1.1-geen", "Gemeenten die over geen enkel LEA-thema overlegden",
          g -> List.of(Telrij.of("GEEN_ENKEL_THEMA", "Geen overleg over enig LEA-thema", tel(g.lea, l -> !l.isOverlegOpEnigThema()), g.n()))),
      tabel("1.2", "Aantal en percentage gemeenten dat afspraken maakte of nog lopende afspraken had over de verschillende LEA-onderwerpen",
          g -> perConstante(LeaThema.values(),
              th -> tel(g.lea, l -> l.thema(th).overleg() && l.thema(th).afspraken() != AfspraakStatus.GEEN),
              th -> tel(g.lea, l -> l.thema(th).overleg()))),
      tabel("F1.2", "Percentage gemeenten dat doelen stelde voor de verschillende LEA-thema's",
          g -> perConstante(LeaThema.values(), th -> tel(g.lea, l -> !l.thema(th).doelen().isEmpty()), th -> g.n())),
      tabel("F1.2-aantal", "Aantal LEA-thema's waarvoor gemeenten doelen stelden", g -> g.aantalThemasMetDoelen(g.n())),
      tabel("F1.3", "Percentage gemeenten dat doelen bereikte voor de verschillende LEA-thema's", Gegevens::doelbereikPerThema),
      tabel("1.4", "Redenen om de doelgroepdefinitie niet aan te passen",
          g -> g.uitkomsten(VveOnderwerp.DOELGROEPDEFINITIE, List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET,
              VveUitkomst.AANPASSING_NODIG, VveUitkomst.NIET_NODIG))),
      tabel("1.4-kern", "Gemeenten met een (nieuwe) doelgroepdefinitie", g -> List.of(
          Telrij.of("NIEUW", "Nieuwe doelgroepdefinitie opgesteld",
              tel(g.vve, v -> v.uitkomst(VveOnderwerp.DOELGROEPDEFINITIE) == VveUitkomst.NIEUW), g.n()),
          Telrij.of("HEEFT_DOELGROEPDEFINITIE", "Heeft een doelgroepdefinitie", tel(g.vve, VveAntwoord::heeftDoelgroepdefinitie), g.n()))),
      tabel("1.5", "Redenen om geen overleg te voeren over de doelgroepdefinitie", g -> g.redenen(VveOnderwerp.DOELGROEPDEFINITIE)),
      tabel("1.6", "Redenen om geen afspraken te maken over toeleiding", g -> g.uitkomsten(VveOnderwerp.TOELEIDING, AFSPRAKEN)),
      tabel("1.7", "Redenen om geen overleg te voeren over toeleiding", g -> g.redenen(VveOnderwerp.TOELEIDING)),
      tabel("1.8", "Redenen om geen afspraken te maken over doorgaande lijn", g -> g.uitkomsten(VveOnderwerp.DOORGAANDE_LIJN, AFSPRAKEN)),
      tabel("1.9", "Redenen om geen overleg te voeren over doorgaande lijn", g -> g.redenen(VveOnderwerp.DOORGAANDE_LIJN)),
      tabel("1.10", "Overzicht van het aantal doelgroepkinderen, het aantal kindplaatsen en het aantal bereikte doelgroepkinderen, "
          + "en het aantal gemeenten dat deze gegevens aanleverde", g -> List.of(
          new Somrij("DOELGROEPPEUTERS", "Doelgroepkinderen", g.stat.doelgroeppeuters().waarde(), g.stat.doelgroeppeuters().aantal()),
          new Somrij("KINDPLAATSEN", "Aantal kindplaatsen", g.stat.kindplaatsen().waarde(), g.stat.kindplaatsen().aantal()),
          new Somrij("BEREIKTE_DOELGROEPPEUTERS", "Aantal bereikte kinderen", g.stat.bereikteDoelgroeppeuters().waarde(),
              g.stat.bereikteDoelgroeppeuters().aantal()))),
      tabel("kindplaatsen", "Gemeenten met voldoende kindplaatsen voor alle doelgroepkinderen",
          g -> perConstante(Toereikendheid.values(), v -> g.stat.aantal(v), v -> g.n())),
      tabel("bereik", "Landelijk bereik van doelgroeppeuters", g -> List.of(
          gemiddeld("GEMIDDELD", "Gemiddeld bereik", g.stat.gemiddeldBereik()),
          new Gemiddelderij("GEWOGEN", "Gewogen bereik", g.stat.gewogenBereik().waarde(), g.stat.gewogenBereik().aantal()))),
      tabel("bereik-onder-100", "Gemeenten die minder dan 100% van de doelgroeppeuters bereikten", g -> List.of(
          Telrij.of("MINDER_DAN_100", "Bereik minder dan 100%", g.stat.aantalOnderHonderdProcent(), g.stat.gemiddeldBereik().aantal()))),
      tabel("1.11", "Bereikpercentage in relatie tot de omvang van de doelgroepdefinitie", g -> List.of(Omvang.values()).stream()
          .map(o -> gemiddeld(o.name(), o.label(), g.stat.gemiddeldBereik(o))).collect(Collectors.toList())),
      tabel("2.1", "Aantal en percentage gemeenten met en zonder resultaatafspraken",
          g -> perConstante(ResultaatafsprakenStatus.values(), s -> tel(g.vve, v -> v.resultaatafspraken().status() == s), s -> g.n())),
      tabel("2.1-reikwijdte", "Met welke schoolbesturen gemeenten resultaatafspraken maakten",
          g -> perConstante(Reikwijdte.values(), r -> tel(g.wel, x -> x.reikwijdte().equals(Optional.of(r))), r -> g.w())),
      tabel("F2.1", "Onderwerpen van de afspraken",
          g -> perConstante(Ontwikkelingsgebied.values(), o -> tel(g.wel, x -> x.ontwikkelingsgebieden().contains(o)), o -> g.w())),
      tabel("F2.1-aantal", "Aantal ontwikkelingsgebieden waarover afspraken zijn gemaakt", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (int k = 0; k <= Ontwikkelingsgebied.values().length; k++) {
          int aantal = k;
          rijen.add(Telrij.of(Integer.toString(k), k + (k == 1 ? " ontwikkelingsgebied" : " ontwikkelingsgebieden"),
              tel(g.wel, x -> x.ontwikkelingsgebieden().size() == aantal), g.w()));
        }
        return rijen;
      }),
      tabel("2.2", "Inhoud van de afspraken", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (InhoudType type : InhoudType.values()) {
          for (Ontwikkelingsgebied o : Ontwikkelingsgebied.values()) {
            Inhoud paar = Inhoud.of(type, o);
            rijen.add(Telrij.of(type.name() + "/" + o.name(), type.label() + ": " + o.label(), tel(g.wel, x -> x.inhoud().contains(paar)), g.w()));
          }
        }
        return rijen;
      }),
      tabel("aanlevering", "Aanlevering van gegevens over de resultaten",
          g -> perConstante(Aanlevering.values(), a -> tel(g.wel, x -> x.aanlevering().contains(a)), a -> g.w())),
      tabel("F2.2", "Doelbereik resultaatafspraken",
          g -> perConstante(DoelbereikGrof.values(), d -> tel(g.wel, x -> x.doelbereikGrof() == d), d -> g.w())),
      tabel("F2.3", "Redenen waarom de doelen niet of niet helemaal zijn bereikt", g -> {
        List<Resultaatafspraken> gemist = g.wel.stream().filter(x -> x.doelbereikGrof() == DoelbereikGrof.DEELS_BEHAALD
            || x.doelbereikGrof() == DoelbereikGrof.NIET_BEHAALD).collect(Collectors.toList());
        return perConstante(RedenNietBehaald.values(), r -> tel(gemist, x -> x.redenenNietBehaald().contains(r)), r -> (long) gemist.size());
      }),
      tabel("F2.4", "Gespreksniveau resultaten", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Gesprekspartner.values(), p -> tel(g.wel, x -> x.gesprekspartners().contains(p)), p -> g.w()));
        rijen.add(Telrij.of("SCHOOLBESTUREN_EN_HOUDERS", "Schoolbesturen en houders kinderopvang",
            tel(g.wel, x -> x.gesprekspartners().containsAll(Set.of(Gesprekspartner.SCHOOLBESTUREN, Gesprekspartner.HOUDERS_KINDEROPVANG))), g.w()));
        return rijen;
      }),
      tabel("F2.4-frequentie", "Frequentie van het gesprek over de resultaten", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Frequentie.values(), f -> tel(g.wel, x -> x.frequentie().equals(Optional.of(f))), f -> g.w()));
        rijen.add(Telrij.of("NIET_OPGEGEVEN", "Niet opgegeven", tel(g.wel, x -> x.frequentie().isEmpty()), g.w()));
        return rijen;
      }),
      tabel("risico", "Uitkomst van de risicoanalyse", Gegevens::risico),
      // The waarborgtoezicht (docs/toezicht.md §5): only with the inspector's judgements.
      toezicht("3.risico", "Gemeenten met een mogelijk risico na beoordeling", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Risicocategorie.values(), c -> tel(g.toezicht, u -> u.categorieNa() == c), c -> g.t()));
        rijen.add(Telrij.of("MOGELIJK_RISICO", "Mogelijk risico na beoordeling", tel(g.toezicht, u -> u.categorieNa() != Risicocategorie.GEEN), g.t()));
        return rijen;
      }),
      toezicht("3.contact", "Contactgemeenten", g -> List.of(
          Telrij.of("CONTACTGEMEENTEN", "Contactgemeenten (LEA en/of vve)", tel(g.toezicht, Toezichtuitkomst::isContactgemeente), g.t()),
          Telrij.of("LEA", "Contact over LEA", tel(g.toezicht, u -> u.afhandeling(Domein.LEA).isContact()), g.t()),
          Telrij.of("VVE", "Contact over vve", tel(g.toezicht, u -> u.afhandeling(Domein.VVE).isContact()), g.t()),
          Telrij.of("NIET_INGEVULD", "Contactgemeenten die de vragenlijst niet invulden",
              tel(g.toezicht, u -> u.isContactgemeente() && !u.ingevuld()), g.t()))),
      toezicht("3.uitkomst-LEA", "Uitkomst van het contact over LEA", g -> uitkomsten(g, Domein.LEA)),
      toezicht("3.uitkomst-VVE", "Uitkomst van het contact over vve", g -> uitkomsten(g, Domein.VVE)),
      toezicht("3.toelichting", "Aanvaarde toelichtingen per risicoregel", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (Risicoregel regel : g.analyse.regels()) {
          rijen.add(Telrij.of(regel.code(), regel.code() + ": " + regel.uitleg(),
              tel(g.toezicht, u -> u.aanvaard().contains(regel)), tel(g.toezicht, u -> u.regels().contains(regel))));
        }
        return rijen;
      }),
      toezicht("3.afhandeling", "Afhandeling per domein", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (Domein d : Domein.values()) {
          for (Afhandeling a : Afhandeling.values()) {
            rijen.add(Telrij.of(d.name() + "/" + a.name(), d.label() + ": " + a.label(), tel(g.toezicht, u -> u.afhandeling(d) == a), g.t()));
          }
        }
        return rijen;
      }));

  private Tabellen() {}

  private static Definitie tabel(String id, String titel, Function<Gegevens, List<? extends Rij>> rijen) {
    return new Definitie(id, titel, false, rijen);
  }

  private static Definitie toezicht(String id, String titel, Function<Gegevens, List<? extends Rij>> rijen) {
    return new Definitie(id, titel, true, rijen);
  }

  /** The outcome of the contacts about one domein, over the gemeenten contacted about it. */
  private static List<Rij> uitkomsten(Gegevens g, Domein d) {
    long contacten = tel(g.toezicht, u -> u.afhandeling(d).isContact());
    return perConstante(Contactuitkomst.values(), c -> tel(g.toezicht, u -> u.afhandeling(d) == Afhandeling.van(c)), c -> contacten);
  }

  /**
   * Lists the ids of the report's tables without the inspector's judgements, in order.
   *
   * @return the ids, from {@code 1.1} to {@code risico}, not null
   */
  public static List<String> ids() {
    return DEFINITIES.stream().filter(d -> !d.toezicht()).map(Definitie::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Lists the ids of the report's tables with the waarborgtoezicht tables, in order.
   *
   * @return the ids, from {@code 1.1} to {@code 3.afhandeling}, not null
   */
  public static List<String> idsMetToezicht() {
    return DEFINITIES.stream().map(Definitie::id).collect(Collectors.toUnmodifiableList());
  }

  /** Computes every table the data allows: the toezicht tables only with judgements. */
  static List<Tabel> bereken(Gegevens g) {
    return DEFINITIES.stream().filter(d -> !d.toezicht() || g.toezicht != null).map(d -> d.bereken(g)).collect(Collectors.toList());
  }
}
