package nl.lea.rapport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Bereikstatistiek;
import nl.lea.bereik.Gemiddelde;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.Gelabeld;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doelbereik;
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
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Afhandeling;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;

/** Computes every table of RAPPORT.md from one document, in the specified order. */
final class Berekening {

  private final Vragenlijst vragenlijst;
  /** The returned questionnaires (N). */
  private final List<GemeenteAntwoord> ingevuld;
  private final List<LeaAntwoord> lea;
  private final List<VveAntwoord> vve;
  /** The resultaatafspraken with status WEL (W). */
  private final List<Resultaatafspraken> wel;
  private final Bereikstatistiek stat;
  private final Risicoanalyse analyse;
  /** The judged toezicht, or null for a report without the §3 tables. */
  private final List<Toezichtuitkomst> toezicht;

  Berekening(Vragenlijst vragenlijst, Risicoanalyse analyse, Beoordelingen beoordelingen) {
    this.vragenlijst = vragenlijst;
    this.analyse = analyse;
    this.toezicht = beoordelingen == null ? null : Toezicht.beoordeel(vragenlijst, beoordelingen, analyse);
    this.ingevuld = vragenlijst.ingevuld();
    this.lea = ingevuld.stream().map(a -> a.lea().orElseThrow()).collect(Collectors.toList());
    this.vve = ingevuld.stream().map(a -> a.vve().orElseThrow()).collect(Collectors.toList());
    this.wel = vve.stream().map(VveAntwoord::resultaatafspraken)
        .filter(r -> r.status() == ResultaatafsprakenStatus.WEL).collect(Collectors.toList());
    this.stat = Bereikstatistiek.van(vragenlijst.gemeenten());
  }

  Rapport rapport() {
    List<Tabel> t = new ArrayList<>();
    long n = ingevuld.size();
    t.add(tabel("1.1", "Aantal gemeenten dat overlegde over onderwijsachterstandenbeleid",
        perConstante(LeaThema.values(), th -> tel(lea, l -> l.thema(th).overleg()), th -> n)));
    t.add(tabel("1.1-geen", "Gemeenten die over geen enkel LEA-thema overlegden",
        List.of(Telrij.of("GEEN_ENKEL_THEMA", "Geen overleg over enig LEA-thema", tel(lea, l -> !l.isOverlegOpEnigThema()), n))));
    t.add(tabel("1.2", "Aantal en percentage gemeenten dat afspraken maakte of nog lopende afspraken had over de verschillende LEA-onderwerpen",
        perConstante(LeaThema.values(),
            th -> tel(lea, l -> l.thema(th).overleg() && l.thema(th).afspraken() != AfspraakStatus.GEEN),
            th -> tel(lea, l -> l.thema(th).overleg()))));
    t.add(tabel("F1.2", "Percentage gemeenten dat doelen stelde voor de verschillende LEA-thema's",
        perConstante(LeaThema.values(), th -> tel(lea, l -> !l.thema(th).doelen().isEmpty()), th -> n)));
    t.add(tabel("F1.2-aantal", "Aantal LEA-thema's waarvoor gemeenten doelen stelden", aantalThemasMetDoelen(n)));
    t.add(tabel("F1.3", "Percentage gemeenten dat doelen bereikte voor de verschillende LEA-thema's", doelbereikPerThema()));
    t.add(tabel("1.4", "Redenen om de doelgroepdefinitie niet aan te passen",
        uitkomsten(VveOnderwerp.DOELGROEPDEFINITIE, List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET,
            VveUitkomst.AANPASSING_NODIG, VveUitkomst.NIET_NODIG))));
    t.add(tabel("1.4-kern", "Gemeenten met een (nieuwe) doelgroepdefinitie", List.of(
        Telrij.of("NIEUW", "Nieuwe doelgroepdefinitie opgesteld", tel(vve, v -> v.uitkomst(VveOnderwerp.DOELGROEPDEFINITIE) == VveUitkomst.NIEUW), n),
        Telrij.of("HEEFT_DOELGROEPDEFINITIE", "Heeft een doelgroepdefinitie", tel(vve, VveAntwoord::heeftDoelgroepdefinitie), n))));
    t.add(tabel("1.5", "Redenen om geen overleg te voeren over de doelgroepdefinitie", redenen(VveOnderwerp.DOELGROEPDEFINITIE)));
    List<VveUitkomst> afspraken = List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET, VveUitkomst.AANPASSING_NODIG, VveUitkomst.GEEN_AFSPRAKEN);
    t.add(tabel("1.6", "Redenen om geen afspraken te maken over toeleiding", uitkomsten(VveOnderwerp.TOELEIDING, afspraken)));
    t.add(tabel("1.7", "Redenen om geen overleg te voeren over toeleiding", redenen(VveOnderwerp.TOELEIDING)));
    t.add(tabel("1.8", "Redenen om geen afspraken te maken over doorgaande lijn", uitkomsten(VveOnderwerp.DOORGAANDE_LIJN, afspraken)));
    t.add(tabel("1.9", "Redenen om geen overleg te voeren over doorgaande lijn", redenen(VveOnderwerp.DOORGAANDE_LIJN)));
    t.add(tabel("1.10", "Overzicht van het aantal doelgroepkinderen, het aantal kindplaatsen en het aantal bereikte doelgroepkinderen, en het aantal gemeenten dat deze gegevens aanleverde", List.of(
        new Somrij("DOELGROEPPEUTERS", "Doelgroepkinderen", stat.doelgroeppeuters().waarde(), stat.doelgroeppeuters().aantal()),
        new Somrij("KINDPLAATSEN", "Aantal kindplaatsen", stat.kindplaatsen().waarde(), stat.kindplaatsen().aantal()),
        new Somrij("BEREIKTE_DOELGROEPPEUTERS", "Aantal bereikte kinderen", stat.bereikteDoelgroeppeuters().waarde(),
            stat.bereikteDoelgroeppeuters().aantal()))));
    t.add(tabel("kindplaatsen", "Gemeenten met voldoende kindplaatsen voor alle doelgroepkinderen",
        perConstante(Toereikendheid.values(), v -> stat.aantal(v), v -> n)));
    t.add(tabel("bereik", "Landelijk bereik van doelgroeppeuters", List.of(
        gemiddeld("GEMIDDELD", "Gemiddeld bereik", stat.gemiddeldBereik()),
        new Gemiddelderij("GEWOGEN", "Gewogen bereik", stat.gewogenBereik().waarde(), stat.gewogenBereik().aantal()))));
    t.add(tabel("bereik-onder-100", "Gemeenten die minder dan 100% van de doelgroeppeuters bereikten", List.of(
        Telrij.of("MINDER_DAN_100", "Bereik minder dan 100%", stat.aantalOnderHonderdProcent(), stat.gemiddeldBereik().aantal()))));
    List<Rij> omvang = new ArrayList<>();
    for (Omvang o : Omvang.values()) {
      omvang.add(gemiddeld(o.name(), o.label(), stat.gemiddeldBereik(o)));
    }
    t.add(tabel("1.11", "Bereikpercentage in relatie tot de omvang van de doelgroepdefinitie", omvang));
    t.add(tabel("2.1", "Aantal en percentage gemeenten met en zonder resultaatafspraken",
        perConstante(ResultaatafsprakenStatus.values(), s -> tel(vve, v -> v.resultaatafspraken().status() == s), s -> n)));
    long w = wel.size();
    t.add(tabel("2.1-reikwijdte", "Met welke schoolbesturen gemeenten resultaatafspraken maakten",
        perConstante(Reikwijdte.values(), r -> tel(wel, x -> x.reikwijdte().equals(java.util.Optional.of(r))), r -> w)));
    t.add(tabel("F2.1", "Onderwerpen van de afspraken",
        perConstante(Ontwikkelingsgebied.values(), g -> tel(wel, x -> x.ontwikkelingsgebieden().contains(g)), g -> w)));
    List<Rij> aantalGebieden = new ArrayList<>();
    for (int k = 0; k <= Ontwikkelingsgebied.values().length; k++) {
      int kk = k;
      aantalGebieden.add(Telrij.of(Integer.toString(k), k + (k == 1 ? " ontwikkelingsgebied" : " ontwikkelingsgebieden"),
          tel(wel, x -> x.ontwikkelingsgebieden().size() == kk), w));
    }
    t.add(tabel("F2.1-aantal", "Aantal ontwikkelingsgebieden waarover afspraken zijn gemaakt", aantalGebieden));
    List<Rij> inhoud = new ArrayList<>();
    for (InhoudType type : InhoudType.values()) {
      for (Ontwikkelingsgebied g : Ontwikkelingsgebied.values()) {
        Inhoud paar = Inhoud.of(type, g);
        inhoud.add(Telrij.of(type.name() + "/" + g.name(), type.label() + ": " + g.label(), tel(wel, x -> x.inhoud().contains(paar)), w));
      }
    }
    t.add(tabel("2.2", "Inhoud van de afspraken", inhoud));
    t.add(tabel("aanlevering", "Aanlevering van gegevens over de resultaten",
        perConstante(Aanlevering.values(), a -> tel(wel, x -> x.aanlevering().contains(a)), a -> w)));
    t.add(tabel("F2.2", "Doelbereik resultaatafspraken",
        perConstante(DoelbereikGrof.values(), g -> tel(wel, x -> x.doelbereikGrof() == g), g -> w)));
    List<Resultaatafspraken> gemist = wel.stream().filter(x -> x.doelbereikGrof() == DoelbereikGrof.DEELS_BEHAALD
        || x.doelbereikGrof() == DoelbereikGrof.NIET_BEHAALD).collect(Collectors.toList());
    t.add(tabel("F2.3", "Redenen waarom de doelen niet of niet helemaal zijn bereikt",
        perConstante(RedenNietBehaald.values(), r -> tel(gemist, x -> x.redenenNietBehaald().contains(r)), r -> (long) gemist.size())));
    List<Rij> partners = new ArrayList<>(perConstante(Gesprekspartner.values(), p -> tel(wel, x -> x.gesprekspartners().contains(p)), p -> w));
    partners.add(Telrij.of("SCHOOLBESTUREN_EN_HOUDERS", "Schoolbesturen en houders kinderopvang",
        tel(wel, x -> x.gesprekspartners().containsAll(Set.of(Gesprekspartner.SCHOOLBESTUREN, Gesprekspartner.HOUDERS_KINDEROPVANG))), w));
    t.add(tabel("F2.4", "Gespreksniveau resultaten", partners));
    List<Rij> frequentie = new ArrayList<>(perConstante(Frequentie.values(), f -> tel(wel, x -> x.frequentie().equals(java.util.Optional.of(f))), f -> w));
    frequentie.add(Telrij.of("NIET_OPGEGEVEN", "Niet opgegeven", tel(wel, x -> x.frequentie().isEmpty()), w));
    t.add(tabel("F2.4-frequentie", "Frequentie van het gesprek over de resultaten", frequentie));
    t.add(tabel("risico", "Uitkomst van de risicoanalyse", risico()));
    if (toezicht != null) {
      toezicht(t);
    }
    return new Rapport(vragenlijst.verslagjaar(), vragenlijst.gemeenten().size(), n, t, waarschuwingen());
  }

  private static Tabel tabel(String id, String titel, List<? extends Rij> rijen) {
    return new Tabel(id, titel, new ArrayList<>(rijen));
  }

  private static <T> long tel(List<T> lijst, Predicate<T> p) {
    return lijst.stream().filter(p).count();
  }

  /** One count row per enum constant, keyed by its name and labelled with its label. */
  private static <E extends Enum<E> & Gelabeld> List<Rij> perConstante(E[] constanten, Function<E, Long> aantal, Function<E, Long> noemer) {
    List<Rij> rijen = new ArrayList<>();
    for (E e : constanten) {
      rijen.add(Telrij.of(e.name(), e.label(), aantal.apply(e), noemer.apply(e)));
    }
    return rijen;
  }

  private static Gemiddelderij gemiddeld(String sleutel, String label, Gemiddelde g) {
    return new Gemiddelderij(sleutel, label, g.waarde(), g.aantal());
  }

  private List<Rij> aantalThemasMetDoelen(long n) {
    List<Rij> rijen = new ArrayList<>();
    for (int k = 0; k <= LeaThema.values().length; k++) {
      int kk = k;
      rijen.add(Telrij.of(Integer.toString(k), k + (k == 1 ? " thema" : " thema's"),
          tel(lea, l -> l.perThema().values().stream().filter(th -> !th.doelen().isEmpty()).count() == kk), n));
    }
    return rijen;
  }

  private List<Rij> doelbereikPerThema() {
    List<Doelbereik> categorieen = List.of(Doelbereik.EVALUATIE_LOOPT, Doelbereik.NIET_GEEVALUEERD, Doelbereik.ALLE_BEHAALD,
        Doelbereik.MEER_DAN_DE_HELFT, Doelbereik.DE_HELFT, Doelbereik.MINDER_DAN_DE_HELFT, Doelbereik.GEEN_BEHAALD);
    List<Rij> rijen = new ArrayList<>();
    for (LeaThema th : LeaThema.values()) {
      List<Doelbereik> metDoelen = lea.stream().map(l -> l.thema(th)).filter(a -> !a.doelen().isEmpty())
          .map(ThemaAntwoord::doelbereik).collect(Collectors.toList());
      long noemer = metDoelen.size();
      for (Doelbereik d : categorieen) {
        rijen.add(Telrij.of(th.name() + "/" + d.name(), th.label() + ": " + d.label(), tel(metDoelen, x -> x == d), noemer));
      }
      rijen.add(Telrij.of(th.name() + "/HELFT_OF_MEER", th.label() + ": de helft of meer behaald",
          tel(metDoelen, Doelbereik::helftOfMeer), noemer));
    }
    return rijen;
  }

  /** Outcome rows over the gemeenten that made no new agreements (N − NIEUW). */
  private List<Rij> uitkomsten(VveOnderwerp onderwerp, List<VveUitkomst> rijen) {
    long noemer = tel(vve, v -> v.uitkomst(onderwerp) != VveUitkomst.NIEUW);
    List<Rij> lijst = new ArrayList<>();
    for (VveUitkomst u : rijen) {
      lijst.add(Telrij.of(u.name(), u.label(), tel(vve, v -> v.uitkomst(onderwerp) == u), noemer));
    }
    return lijst;
  }

  /** Reason rows over the gemeenten without overleg on the onderwerp. */
  private List<Rij> redenen(VveOnderwerp onderwerp) {
    List<OnderwerpAntwoord> zonder = vve.stream().map(v -> v.overleg(onderwerp))
        .filter(o -> o.uitkomst() == VveUitkomst.GEEN_OVERLEG).collect(Collectors.toList());
    return perConstante(RedenGeenOverleg.values(), r -> tel(zonder, o -> o.redenenGeenOverleg().contains(r)), r -> (long) zonder.size());
  }

  private List<Rij> risico() {
    List<Risicoprofiel> profielen = analyse.profielen(vragenlijst);
    long t = profielen.size();
    Map<Risicocategorie, Long> perCategorie = new EnumMap<>(Risicocategorie.class);
    profielen.forEach(p -> perCategorie.merge(p.categorie(), 1L, Long::sum));
    List<Rij> rijen = new ArrayList<>(perConstante(Risicocategorie.values(), c -> perCategorie.getOrDefault(c, 0L), c -> t));
    for (Risicoregel regel : analyse.regels()) {
      rijen.add(Telrij.of(regel.code(), regel.code() + ": " + regel.uitleg(), tel(profielen, p -> p.regels().contains(regel)), t));
    }
    return rijen;
  }

  /** The six tables of TOEZICHT.md §5, after {@code risico}. */
  private void toezicht(List<Tabel> t) {
    long totaal = toezicht.size();
    List<Rij> risico = new ArrayList<>(perConstante(Risicocategorie.values(), c -> tel(toezicht, u -> u.categorieNa() == c), c -> totaal));
    risico.add(Telrij.of("MOGELIJK_RISICO", "Mogelijk risico na beoordeling", tel(toezicht, u -> u.categorieNa() != Risicocategorie.GEEN), totaal));
    t.add(tabel("3.risico", "Gemeenten met een mogelijk risico na beoordeling", risico));
    t.add(tabel("3.contact", "Contactgemeenten", List.of(
        Telrij.of("CONTACTGEMEENTEN", "Contactgemeenten (LEA en/of vve)", tel(toezicht, Toezichtuitkomst::isContactgemeente), totaal),
        Telrij.of("LEA", "Contact over LEA", tel(toezicht, u -> u.afhandeling(Domein.LEA).isContact()), totaal),
        Telrij.of("VVE", "Contact over vve", tel(toezicht, u -> u.afhandeling(Domein.VVE).isContact()), totaal),
        Telrij.of("NIET_INGEVULD", "Contactgemeenten die de vragenlijst niet invulden",
            tel(toezicht, u -> u.isContactgemeente() && !u.ingevuld()), totaal))));
    for (Domein d : Domein.values()) {
      long contacten = tel(toezicht, u -> u.afhandeling(d).isContact());
      t.add(tabel("3.uitkomst-" + d.name(), "Uitkomst van het contact over " + d.label(), perConstante(Contactuitkomst.values(),
          c -> tel(toezicht, u -> u.afhandeling(d) == Afhandeling.van(c)), c -> contacten)));
    }
    List<Rij> toelichting = new ArrayList<>();
    for (Risicoregel regel : analyse.regels()) {
      toelichting.add(Telrij.of(regel.code(), regel.code() + ": " + regel.uitleg(),
          tel(toezicht, u -> u.aanvaard().contains(regel)), tel(toezicht, u -> u.regels().contains(regel))));
    }
    t.add(tabel("3.toelichting", "Aanvaarde toelichtingen per risicoregel", toelichting));
    List<Rij> afhandeling = new ArrayList<>();
    for (Domein d : Domein.values()) {
      for (Afhandeling a : Afhandeling.values()) {
        afhandeling.add(Telrij.of(d.name() + "/" + a.name(), d.label() + ": " + a.label(), tel(toezicht, u -> u.afhandeling(d) == a), totaal));
      }
    }
    t.add(tabel("3.afhandeling", "Afhandeling per domein", afhandeling));
  }

  private List<Waarschuwing> waarschuwingen() {
    List<Waarschuwing> lijst = new ArrayList<>();
    for (GemeenteAntwoord a : ingevuld) {
      a.vve().map(VveAntwoord::aanbod).filter(Bereik::isBovenHonderdProcent).ifPresent(aanbod -> lijst.add(new Waarschuwing(
          a.gemeente().code(), Waarschuwing.BEREIK_BOVEN_100,
          a.gemeente().naam() + " meldt meer bereikte doelgroeppeuters (" + aanbod.bereikteDoelgroeppeuters().getAsInt()
              + ") dan doelgroeppeuters (" + aanbod.doelgroeppeuters().getAsInt() + "): bereik "
              + Bereik.van(aanbod).orElseThrow().procent() + "%")));
    }
    return lijst;
  }
}
