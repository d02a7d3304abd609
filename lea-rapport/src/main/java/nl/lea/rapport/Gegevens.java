package nl.lea.rapport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Bereikstatistiek;
import nl.lea.bereik.Gemiddelde;
import nl.lea.core.Gelabeld;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doelbereik;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Verantwoording;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtuitkomst;

/**
 * What the report's tables are computed from, worked out once per report: the returned
 * questionnaires (N), their LEA and vve answers, the resultaatafspraken with status WEL (W), the
 * bereik aggregates and, with judgements, the toezicht per gemeente. The tables themselves are
 * declared in {@link Tabellen}.
 */
final class Gegevens {


  final Vragenlijst vragenlijst;
  /** The returned questionnaires (N). */
  final List<GemeenteAntwoord> ingevuld;
  final List<LeaAntwoord> lea;
  final List<VveAntwoord> vve;
  /** The resultaatafspraken with status WEL (W). */
  final List<Resultaatafspraken> wel;
  final Bereikstatistiek stat;
  /** The aanbod of every returned questionnaire, in document order. */
  final List<Aanbod> aanbod;
  /** The yearly overleg of the answers that were asked it (N2, docs/jaarverantwoording.md §4). */
  final List<JaarlijksOverleg> overleg;
  /** The LEA answers of N2. */
  final List<LeaAntwoord> lea2;
  /** The aanbod of N2. */
  final List<Aanbod> aanbod2;
  /** The verantwoording of the answers of N2 that give one. */
  final List<Verantwoording> verantwoording;
  final Risicoanalyse analyse;
  /** The judged toezicht, or null for a report without the §3 tables. */
  final List<Toezichtuitkomst> toezicht;

  Gegevens(Vragenlijst vragenlijst, Risicoanalyse analyse, Beoordelingen beoordelingen) {
    this.vragenlijst = vragenlijst;
    this.analyse = analyse;
    this.toezicht = beoordelingen == null ? null : Toezicht.beoordeel(vragenlijst, beoordelingen, analyse);
    this.ingevuld = vragenlijst.ingevuld();
    this.lea = ingevuld.stream().map(a -> a.lea().orElseThrow()).collect(Collectors.toList());
    this.vve = ingevuld.stream().map(a -> a.vve().orElseThrow()).collect(Collectors.toList());
    this.wel = vve.stream().map(VveAntwoord::resultaatafspraken)
        .filter(r -> r.status() == ResultaatafsprakenStatus.WEL).collect(Collectors.toList());
    this.stat = Bereikstatistiek.van(vragenlijst.gemeenten());
    this.aanbod = vve.stream().map(VveAntwoord::aanbod).collect(Collectors.toList());
    List<GemeenteAntwoord> n2 = ingevuld.stream().filter(GemeenteAntwoord::isJaarverantwoording).collect(Collectors.toList());
    this.overleg = n2.stream().map(a -> a.jaarlijksOverleg().orElseThrow()).collect(Collectors.toList());
    this.lea2 = n2.stream().map(a -> a.lea().orElseThrow()).collect(Collectors.toList());
    this.aanbod2 = n2.stream().map(a -> a.vve().orElseThrow().aanbod()).collect(Collectors.toList());
    this.verantwoording = n2.stream().flatMap(a -> a.verantwoording().stream()).collect(Collectors.toList());
  }


  /** The number of returned questionnaires (N). */
  long n() {
    return ingevuld.size();
  }

  /** The number of returned questionnaires that were asked the items of lea-vragenlijst/2 (N2). */
  long n2() {
    return overleg.size();
  }

  /** The number of gemeenten with resultaatafspraken WEL (W). */
  long w() {
    return wel.size();
  }

  /** The number of gemeenten in the document (T). */
  long t() {
    return vragenlijst.gemeenten().size();
  }

  static <T> long tel(List<T> lijst, Predicate<T> p) {
    return lijst.stream().filter(p).count();
  }

  /** One count row per enum constant, keyed by its name and labelled with its label. */
  static <E extends Enum<E> & Gelabeld> List<Rij> perConstante(E[] constanten, Function<E, Long> aantal, Function<E, Long> noemer) {
    List<Rij> rijen = new ArrayList<>();
    for (E e : constanten) {
      rijen.add(Telrij.of(e.name(), e.label(), aantal.apply(e), noemer.apply(e)));
    }
    return rijen;
  }

  static Gemiddelderij gemiddeld(String sleutel, String label, Gemiddelde g) {
    return new Gemiddelderij(sleutel, label, g.waarde(), g.aantal());
  }

  List<Rij> aantalThemasMetDoelen(long n) {
    List<Rij> rijen = new ArrayList<>();
    for (int k = 0; k <= LeaThema.values().length; k++) {
      int kk = k;
      rijen.add(Tabellen.rij(Integer.toString(k),
          tel(lea, l -> l.perThema().values().stream().filter(th -> !th.doelen().isEmpty()).count() == kk), n));
    }
    return rijen;
  }

  /** The key of Figuur 1.3's summary row per thema (after the thema's key and {@code /}). */
  static final String HELFT_OF_MEER = "HELFT_OF_MEER";

  List<Rij> doelbereikPerThema() {
    List<Doelbereik> categorieen = List.of(Doelbereik.EVALUATIE_LOOPT, Doelbereik.NIET_GEEVALUEERD, Doelbereik.ALLE_BEHAALD,
        Doelbereik.MEER_DAN_DE_HELFT, Doelbereik.DE_HELFT, Doelbereik.MINDER_DAN_DE_HELFT, Doelbereik.GEEN_BEHAALD);
    List<Rij> rijen = new ArrayList<>();
    for (LeaThema th : LeaThema.values()) {
      List<Doelbereik> metDoelen = lea.stream().map(l -> l.thema(th)).filter(a -> !a.doelen().isEmpty())
          .map(ThemaAntwoord::doelbereik).collect(Collectors.toList());
      long noemer = metDoelen.size();
      for (Doelbereik d : categorieen) {
        rijen.add(Tabellen.inGroep(th, d, tel(metDoelen, x -> x == d), noemer));
      }
      // The summary row has no constant of its own: its table's labels word it.
      rijen.add(Telrij.of(th.name() + "/" + HELFT_OF_MEER, th.label() + ": ", tel(metDoelen, Doelbereik::helftOfMeer), noemer)
          .withGroep(new Groep(th.name(), th.label())));
    }
    return rijen;
  }

  /** Outcome rows over the gemeenten that made no new agreements (N − NIEUW). */
  List<Rij> uitkomsten(VveOnderwerp onderwerp, List<VveUitkomst> rijen) {
    long noemer = tel(vve, v -> v.uitkomst(onderwerp) != VveUitkomst.NIEUW);
    List<Rij> lijst = new ArrayList<>();
    for (VveUitkomst u : rijen) {
      lijst.add(Telrij.of(u.name(), u.label(), tel(vve, v -> v.uitkomst(onderwerp) == u), noemer));
    }
    return lijst;
  }

  /** Reason rows over the gemeenten without overleg on the onderwerp. */
  List<Rij> redenen(VveOnderwerp onderwerp) {
    List<OnderwerpAntwoord> zonder = vve.stream().map(v -> v.overleg(onderwerp))
        .filter(o -> o.uitkomst() == VveUitkomst.GEEN_OVERLEG).collect(Collectors.toList());
    return perConstante(RedenGeenOverleg.values(), r -> tel(zonder, o -> o.redenenGeenOverleg().contains(r)), r -> (long) zonder.size());
  }

  List<Rij> risico() {
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

  List<Waarschuwing> waarschuwingen() {
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
