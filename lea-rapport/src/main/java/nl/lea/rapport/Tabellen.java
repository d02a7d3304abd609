package nl.lea.rapport;

import static nl.lea.rapport.Gegevens.gemiddeld;
import static nl.lea.rapport.Gegevens.perConstante;
import static nl.lea.rapport.Gegevens.tel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Som;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gelabeld;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.DoelbereikGrof;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
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
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.Overlegpartij;
import nl.lea.core.thema.Overlegvorm;
import nl.lea.core.thema.RedenGeenAfspraken;
import nl.lea.core.thema.RedenGeenDoelen;
import nl.lea.core.thema.RedenNietGeevalueerd;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.Verantwoording;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.Subsidiemodel;
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
 * id, how its rows and their denominators follow from the questionnaire document, and how it is
 * drawn ({@link Figuur}) — in the order the report prints them. Its wording (title, heading, row
 * labels) is in labels.json ({@link Labels}). Adding a table is one declaration here, its labels
 * entry and its test; the report, every renderer and the tests that iterate over {@link #ids()}
 * pick it up.
 *
 * <p>For example, {@code Tabellen.ids()} starts with {@code [1.1, 1.1-geen, 1.2, F1.2, …]} and ends
 * with {@code risico}; {@link #idsMetToezicht()} adds the six waarborgtoezicht tables after it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Tabellen {

  /**
   * One declared table: how its rows follow from the {@link Gegevens}, and how it is drawn. Its
   * wording is not here: titles, headings and the row labels the domain does not give come from
   * {@link Labels}, the one source of the report's words.
   */
  record Definitie(String id, boolean toezicht, boolean versie2, Function<Gegevens, List<? extends Rij>> rijen,
      Optional<Figuur> figuur) {

    /** The same table, drawn as a figure. */
    Definitie figuur(Figuur f) {
      return new Definitie(id, toezicht, versie2, rijen, Optional.of(f));
    }

    /**
     * The table, worded by {@link Labels}: its title, each row's label (where the table's wording
     * has none, the domain's own), and the heading with {@code {jaar}} the verslagjaar and {@code {n}}
     * the one denominator its count rows share ({@code –} if they do not share one).
     */
    Tabel bereken(Gegevens g) {
      Labels.Tekst t = Labels.of(id).orElseThrow(() -> new IllegalStateException("table " + id + " has no wording in "
          + String.join(" or ", Labels.BESTANDEN)));
      List<Rij> lijst = new ArrayList<>();
      for (Rij r : rijen.apply(g)) {
        Rij rij = t.rijen().containsKey(r.sleutel()) ? woord(r, t.rijen().get(r.sleutel())) : r;
        if (rij.onderdeel().isEmpty()) {
          throw new IllegalStateException("row " + r.sleutel() + " of table " + id + " has no wording");
        }
        lijst.add(rij);
      }
      Set<Long> noemers = lijst.stream()
          .filter(Telrij.class::isInstance)
          .map(r -> ((Telrij) r).noemer())
          .collect(Collectors.toSet());
      String n = noemers.size() == 1 ? Long.toString(noemers.iterator().next()) : "–";
      String kop = t.titelMetJaarEnN()
          .replace("{jaar}", g.vragenlijst.verslagjaar().toString())
          .replace("{n}", n);
      Optional<String> noot = versie2 && !g.vragenlijst.isJaarverantwoording() ? Optional.of(NIET_GEVRAAGD) : Optional.empty();
      Optional<String> bron = MET_BRON.contains(id)
          ? Optional.of(BRON + (g.vragenlijst.verslagjaar().jaar() + 1)) : Optional.empty();
      return new Tabel(id, t.titel(), kop, lijst, figuur, noot, bron);
    }
  }

  /**
   * A row with its table's wording. In a grouped table the wording is {@code "group: part"} (as
   * labels.json words every grouped row), so the group's label is what comes before the first
   * {@code ": "}: the table's own words for its group, which the figures use.
   */
  static Rij woord(Rij r, String label) {
    if (r instanceof Telrij t && t.groep().isPresent()) {
      int i = label.indexOf(": ");
      if (i < 0) {
        throw new IllegalStateException("row " + r.sleutel() + " is in a group, but its wording \"" + label
            + "\" does not start with the group's label and \": \"");
      }
      return new Telrij(t.sleutel(), label, Optional.of(new Groep(t.groep().get().sleutel(), label.substring(0, i))),
          t.aantal(), t.noemer(), t.onderdrukt());
    }
    return r.withLabel(label);
  }

  /**
   * The note under a table over items only {@code lea-vragenlijst/2} asks, computed from a document
   * of version 1 (its noemer is then 0).
   */
  public static final String NIET_GEVRAAGD = "niet gevraagd in lea-vragenlijst/1";

  /**
   * The start of the source line the printed report puts under a table of the questionnaire: the
   * year after it is the year the gemeenten answered, the verslagjaar + 1.
   */
  public static final String BRON = "Bron: vragenlijst gemeenten, ";

  /**
   * The tables the printed report puts a source line under (Tabel 1.1 to 1.11, Figuur 1.2 and 1.3).
   * The report's Tabel 1.11 names two years ("2022, 2023"); lea computes it from one document and
   * names that one's year.
   */
  private static final Set<String> MET_BRON =
      Set.of("1.1", "1.2", "F1.2", "F1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11");

  private static final List<VveUitkomst> AFSPRAKEN =
      List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET, VveUitkomst.AANPASSING_NODIG, VveUitkomst.GEEN_AFSPRAKEN);

  private static final List<Definitie> DEFINITIES = List.of(
      tabel("1.1", g -> perConstante(LeaThema.values(), th -> tel(g.lea, l -> l.thema(th).overleg()), th -> g.n())),
      tabel("1.1-geen", g -> List.of(rij("GEEN_ENKEL_THEMA", tel(g.lea, l -> !l.isOverlegOpEnigThema()), g.n()))),
      // The yearly overleg (docs/jaarverantwoording.md §4): asked from lea-vragenlijst/2 on.
      versie2("1.1-lea-overleg", g -> List.of(rij("GEEN_LEA_OVERLEG", tel(g.overleg, o -> !o.leaOverlegGevoerd()), g.n2()))),
      versie2("1.1-overlegvormen", g -> perConstante(Overlegvorm.values(), v -> tel(g.overleg, o -> o.overlegvormen().contains(v)),
          v -> g.n2())),
      versie2("1.1-partijen", g -> {
        List<JaarlijksOverleg> lea = g.overleg.stream().filter(JaarlijksOverleg::leaOverlegGevoerd).collect(Collectors.toList());
        return perConstante(Overlegpartij.values(), p -> tel(lea, o -> o.partijen().contains(p)), p -> (long) lea.size());
      }),
      tabel("1.1-redenen", g -> perThema(g.lea, RedenGeenOverleg.values(), th -> !th.overleg(), ThemaAntwoord::redenenGeenOverleg)),
      tabel("1.2", g -> perConstante(LeaThema.values(),
          th -> tel(g.lea, l -> l.thema(th).overleg() && l.thema(th).afspraken() != AfspraakStatus.GEEN),
          th -> tel(g.lea, l -> l.thema(th).overleg()))),
      versie2("1.2-redenen", g -> perThema(g.lea2, RedenGeenAfspraken.values(), th -> th.afspraken() == AfspraakStatus.GEEN,
          ThemaAntwoord::redenenGeenAfspraken)),
      tabel("F1.2", g -> perConstante(LeaThema.values(), th -> tel(g.lea, l -> !l.thema(th).doelen().isEmpty()), th -> g.n()))
          .figuur(Figuur.staven()),
      tabel("F1.2-aantal", g -> g.aantalThemasMetDoelen(g.n())),
      versie2("F1.2-redenen", g -> perThema(g.lea2, RedenGeenDoelen.values(), th -> th.doelen().isEmpty(),
          ThemaAntwoord::redenenGeenDoelen)),
      tabel("F1.3", Gegevens::doelbereikPerThema).figuur(Figuur.gestapeld(Arrays.stream(LeaThema.values())
          .map(th -> th.name() + "/" + Gegevens.HELFT_OF_MEER).collect(Collectors.toSet()))),
      versie2("F1.3-redenen", g -> perThema(g.lea2, RedenNietGeevalueerd.values(),
          th -> th.doelen().stream().anyMatch(d -> d.status() == DoelStatus.NIET_GEEVALUEERD), ThemaAntwoord::redenenNietGeevalueerd)),
      tabel("1.4", g -> g.uitkomsten(VveOnderwerp.DOELGROEPDEFINITIE, List.of(VveUitkomst.GEEN_OVERLEG, VveUitkomst.VOLDOET,
          VveUitkomst.AANPASSING_NODIG, VveUitkomst.NIET_NODIG))),
      tabel("1.4-kern", g -> List.of(
          rij("NIEUW", tel(g.vve, v -> v.uitkomst(VveOnderwerp.DOELGROEPDEFINITIE) == VveUitkomst.NIEUW), g.n()),
          rij("HEEFT_DOELGROEPDEFINITIE", tel(g.vve, VveAntwoord::heeftDoelgroepdefinitie), g.n()))),
      tabel("1.5", g -> g.redenen(VveOnderwerp.DOELGROEPDEFINITIE)),
      tabel("1.6", g -> g.uitkomsten(VveOnderwerp.TOELEIDING, AFSPRAKEN)),
      tabel("1.6-nieuw", g -> List.of(rij("NIEUW", tel(g.vve, v -> v.uitkomst(VveOnderwerp.TOELEIDING) == VveUitkomst.NIEUW), g.n()))),
      tabel("1.7", g -> g.redenen(VveOnderwerp.TOELEIDING)),
      tabel("1.8", g -> g.uitkomsten(VveOnderwerp.DOORGAANDE_LIJN, AFSPRAKEN)),
      tabel("1.8-nieuw", g -> List.of(rij("NIEUW", tel(g.vve, v -> v.uitkomst(VveOnderwerp.DOORGAANDE_LIJN) == VveUitkomst.NIEUW), g.n()))),
      tabel("1.9", g -> g.redenen(VveOnderwerp.DOORGAANDE_LIJN)),
      tabel("1.10", g -> List.of(
          som("DOELGROEPPEUTERS", g.stat.doelgroeppeuters()),
          som("KINDPLAATSEN", g.stat.kindplaatsen()),
          som("BEREIKTE_DOELGROEPPEUTERS", g.stat.bereikteDoelgroeppeuters()))),
      tabel("kindplaatsen", g -> perConstante(Toereikendheid.values(), v -> g.stat.aantal(v), v -> g.n())),
      tabel("kindplaatsen-redenen", g -> {
        List<Aanbod> onvoldoende = g.aanbod.stream().filter(a -> Toereikendheid.van(a) == Toereikendheid.ONVOLDOENDE)
            .collect(Collectors.toList());
        return perConstante(RedenOnvoldoendeKindplaatsen.values(),
            r -> tel(onvoldoende, a -> a.redenenOnvoldoendeKindplaatsen().contains(r)), r -> (long) onvoldoende.size());
      }),
      versie2("aanbod-subsidiemodel", g -> perConstante(Subsidiemodel.values(),
          m -> tel(g.aanbod2, a -> a.subsidiemodel().equals(Optional.of(m))), m -> g.n2())),
      versie2("aanbod-wachtlijst", g -> {
        List<Aanbod> opgegeven = g.aanbod.stream().filter(a -> a.wachtlijst().isPresent()).collect(Collectors.toList());
        return List.of(rij("MET_WACHTLIJST", tel(opgegeven, a -> a.wachtlijst().getAsInt() > 0), opgegeven.size()));
      }),
      tabel("bereik", g -> List.of(
          gemiddeld("GEMIDDELD", "", g.stat.gemiddeldBereik()),
          new Gemiddelderij("GEWOGEN", "", g.stat.gewogenBereik().waarde(), g.stat.gewogenBereik().aantal())))
          .figuur(Figuur.staven()),
      tabel("bereik-onder-100", g -> List.of(
          rij("MINDER_DAN_100", g.stat.aantalOnderHonderdProcent(), g.stat.gemiddeldBereik().aantal()))),
      tabel("bereik-redenen", g -> {
        List<Aanbod> onder = g.aanbod.stream().filter(a -> Bereik.van(a).map(b -> !b.isMinstensEen()).orElse(false))
            .collect(Collectors.toList());
        return perConstante(RedenOnvolledigBereik.values(), r -> tel(onder, a -> a.redenenOnvolledigBereik().contains(r)),
            r -> (long) onder.size());
      }),
      tabel("1.11", g -> List.of(Omvang.values()).stream()
          .map(o -> gemiddeld(o.name(), o.label(), g.stat.gemiddeldBereik(o))).collect(Collectors.toList()))
          .figuur(Figuur.staven()),
      tabel("2.1", g -> perConstante(ResultaatafsprakenStatus.values(), s -> tel(g.vve, v -> v.resultaatafspraken().status() == s),
          s -> g.n())),
      tabel("2.1-reikwijdte", g -> perConstante(Reikwijdte.values(), r -> tel(g.wel, x -> x.reikwijdte().equals(Optional.of(r))),
          r -> g.w())),
      tabel("F2.1", g -> perConstante(Ontwikkelingsgebied.values(), o -> tel(g.wel, x -> x.ontwikkelingsgebieden().contains(o)),
          o -> g.w())).figuur(Figuur.staven()),
      tabel("F2.1-aantal", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (int k = 0; k <= Ontwikkelingsgebied.values().length; k++) {
          int aantal = k;
          rijen.add(rij(Integer.toString(k), tel(g.wel, x -> x.ontwikkelingsgebieden().size() == aantal), g.w()));
        }
        return rijen;
      }),
      tabel("2.2", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (InhoudType type : InhoudType.values()) {
          for (Ontwikkelingsgebied o : Ontwikkelingsgebied.values()) {
            Inhoud paar = Inhoud.of(type, o);
            rijen.add(inGroep(type, o, tel(g.wel, x -> x.inhoud().contains(paar)), g.w()));
          }
        }
        return rijen;
      }).figuur(Figuur.staven()),
      tabel("aanlevering", g -> perConstante(Aanlevering.values(), a -> tel(g.wel, x -> x.aanlevering().contains(a)), a -> g.w())),
      tabel("F2.2", g -> perConstante(DoelbereikGrof.values(), d -> tel(g.wel, x -> x.doelbereikGrof() == d), d -> g.w()))
          .figuur(Figuur.staven()),
      tabel("F2.3", g -> {
        List<Resultaatafspraken> gemist = g.wel.stream().filter(x -> x.doelbereikGrof() == DoelbereikGrof.DEELS_BEHAALD
            || x.doelbereikGrof() == DoelbereikGrof.NIET_BEHAALD).collect(Collectors.toList());
        return perConstante(RedenNietBehaald.values(), r -> tel(gemist, x -> x.redenenNietBehaald().contains(r)), r -> (long) gemist.size());
      }).figuur(Figuur.staven()),
      tabel("F2.4", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Gesprekspartner.values(), p -> tel(g.wel, x -> x.gesprekspartners().contains(p)), p -> g.w()));
        rijen.add(rij("SCHOOLBESTUREN_EN_HOUDERS", tel(g.wel, x -> x.gesprekspartners().containsAll(
            Set.of(Gesprekspartner.SCHOOLBESTUREN, Gesprekspartner.HOUDERS_KINDEROPVANG))), g.w()));
        return rijen;
      }).figuur(Figuur.staven()),
      tabel("F2.4-frequentie", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Frequentie.values(), f -> tel(g.wel, x -> x.frequentie().equals(Optional.of(f))), f -> g.w()));
        rijen.add(rij("NIET_OPGEGEVEN", tel(g.wel, x -> x.frequentie().isEmpty()), g.w()));
        return rijen;
      }),
      versie2("verantwoording", g -> List.of(
          rij("VASTGESTELD", tel(g.verantwoording, v -> v.vastgesteld().isPresent()), g.n2()),
          rij("TIJDIG_INGEDIEND", tel(g.verantwoording, Verantwoording::isTijdig), g.n2()))),
      tabel("risico", Gegevens::risico),
      // The waarborgtoezicht (docs/toezicht.md §5): only with the inspector's judgements.
      toezicht("3.risico", g -> {
        List<Rij> rijen = new ArrayList<>(perConstante(Risicocategorie.values(), c -> tel(g.toezicht, u -> u.categorieNa() == c), c -> g.t()));
        rijen.add(rij("MOGELIJK_RISICO", tel(g.toezicht, u -> u.categorieNa() != Risicocategorie.GEEN), g.t()));
        return rijen;
      }).figuur(Figuur.stroom()),
      toezicht("3.contact", g -> List.of(
          rij("CONTACTGEMEENTEN", tel(g.toezicht, Toezichtuitkomst::isContactgemeente), g.t()),
          rij("LEA", tel(g.toezicht, u -> u.afhandeling(Domein.LEA).isContact()), g.t()),
          rij("VVE", tel(g.toezicht, u -> u.afhandeling(Domein.VVE).isContact()), g.t()),
          rij("NIET_INGEVULD", tel(g.toezicht, u -> u.isContactgemeente() && !u.ingevuld()), g.t()))),
      toezicht("3.uitkomst-LEA", g -> uitkomsten(g, Domein.LEA)),
      toezicht("3.uitkomst-VVE", g -> uitkomsten(g, Domein.VVE)),
      toezicht("3.toelichting", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (Risicoregel regel : g.analyse.regels()) {
          rijen.add(Telrij.of(regel.code(), regel.code() + ": " + regel.uitleg(),
              tel(g.toezicht, u -> u.aanvaard().contains(regel)), tel(g.toezicht, u -> u.regels().contains(regel))));
        }
        return rijen;
      }),
      toezicht("3.afhandeling", g -> {
        List<Rij> rijen = new ArrayList<>();
        for (Domein d : Domein.values()) {
          for (Afhandeling a : Afhandeling.values()) {
            rijen.add(inGroep(d, a, tel(g.toezicht, u -> u.afhandeling(d) == a), g.t()));
          }
        }
        return rijen;
      }));

  private Tabellen() {}

  private static Definitie tabel(String id, Function<Gegevens, List<? extends Rij>> rijen) {
    return new Definitie(id, false, false, rijen, Optional.empty());
  }

  /** A table over items only {@code lea-vragenlijst/2} asks: on a document of version 1 it has a note. */
  private static Definitie versie2(String id, Function<Gegevens, List<? extends Rij>> rijen) {
    return new Definitie(id, false, true, rijen, Optional.empty());
  }

  private static Definitie toezicht(String id, Function<Gegevens, List<? extends Rij>> rijen) {
    return new Definitie(id, true, false, rijen, Optional.empty());
  }

  /**
   * The reasons per thema, rows {@code THEMA/REDEN} in thema and reason order: per thema, among the
   * answers whose thema answer is {@code in} the denominator, those that give the reason.
   */
  private static <R extends Enum<R> & Gelabeld> List<Rij> perThema(List<LeaAntwoord> lea, R[] redenen,
      Predicate<ThemaAntwoord> in, Function<ThemaAntwoord, Set<R>> gegeven) {
    List<Rij> rijen = new ArrayList<>();
    for (LeaThema th : LeaThema.values()) {
      List<ThemaAntwoord> noemer = lea.stream().map(l -> l.thema(th)).filter(in).collect(Collectors.toList());
      for (R r : redenen) {
        rijen.add(inGroep(th, r, tel(noemer, a -> gegeven.apply(a).contains(r)), noemer.size()));
      }
    }
    return rijen;
  }

  /** A count row worded by its table's labels only: the domain has no word for it. */
  static Telrij rij(String sleutel, long aantal, long noemer) {
    return Telrij.of(sleutel, "", aantal, noemer);
  }

  /** A sum row worded by its table's labels. */
  private static Somrij som(String sleutel, Som som) {
    return new Somrij(sleutel, "", som.waarde(), som.aantal());
  }

  /**
   * A count row in a group, keyed {@code GROEP/ONDERDEEL} and worded by the domain (the group's
   * label, {@code ": "}, the constant's label) where its table's labels do not word it.
   */
  static <G extends Enum<G> & Gelabeld, E extends Enum<E> & Gelabeld> Telrij inGroep(G groep, E onderdeel, long aantal, long noemer) {
    return Telrij.of(groep.name() + "/" + onderdeel.name(), groep.label() + ": " + onderdeel.label(), aantal, noemer)
        .withGroep(new Groep(groep.name(), groep.label()));
  }

  /** The outcome of the contacts about one domein, over the gemeenten contacted about it. */
  private static List<Rij> uitkomsten(Gegevens g, Domein d) {
    long contacten = tel(g.toezicht, u -> u.afhandeling(d).isContact());
    return perConstante(Contactuitkomst.values(), c -> tel(g.toezicht, u -> u.afhandeling(d) == Afhandeling.from(c)), c -> contacten);
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

  /**
   * Checks published figures against the registry (docs/jaren.md §3): each names a table of the
   * report ({@link #idsMetToezicht()}) and a count row of it, since only a count row can be
   * published as {@code aantal} of {@code noemer}. The rows are those of the default risk rules.
   *
   * @param cijfers the figures, not null
   * @return the violations, with paths such as {@code cijfers[0].sleutel}, possibly empty, not null
   * @throws DomainValidationException if the figures are null
   */
  public static List<DomainValidationException.Violation> controleer(Cijfers cijfers) {
    DomainValidationException.requireNonNull(cijfers, "cijfers");
    Verslagjaar jaar = Verslagjaar.of(2022);
    Rapport alle = Rapport.van(Vragenlijst.of(jaar, List.of()),
        Beoordelingen.of(jaar, List.of()));
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    for (int i = 0; i < cijfers.cijfers().size(); i++) {
      Cijfer c = cijfers.cijfers().get(i);
      Optional<Tabel> tabel = alle.tabel(c.tabel());
      if (tabel.isEmpty()) {
        lijst.add(DomainValidationException.Violation.of("cijfers[" + i + "].tabel",
            "names no table of the report; allowed: " + String.join(", ", idsMetToezicht()), c.tabel()));
        continue;
      }
      Optional<Rij> rij = tabel.get().rij(c.sleutel());
      if (rij.isEmpty()) {
        lijst.add(DomainValidationException.Violation.of("cijfers[" + i + "].sleutel", "names no row of table "
            + c.tabel() + "; allowed: " + tabel.get().rijen().stream().map(Rij::sleutel).collect(Collectors.joining(", ")), c.sleutel()));
      } else if (!(rij.get() instanceof Telrij)) {
        lijst.add(DomainValidationException.Violation.of("cijfers[" + i + "].sleutel",
            "is a " + (rij.get() instanceof Somrij ? "sum" : "mean") + " row; a published figure is a count row", c.sleutel()));
      }
    }
    return List.copyOf(lijst);
  }

  /** Computes every table the data allows: the toezicht tables only with judgements. */
  static List<Tabel> bereken(Gegevens g) {
    return DEFINITIES.stream().filter(d -> !d.toezicht() || g.toezicht != null).map(d -> d.bereken(g)).collect(Collectors.toList());
  }
}
