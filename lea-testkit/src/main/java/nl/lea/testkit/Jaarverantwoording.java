package nl.lea.testkit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Resultaatafspraken;
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
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Verantwoording;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.Subsidiemodel;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adds the items of {@code lea-vragenlijst/2} to a filled-in answer, drawn from the same source of
 * randomness so that QuickTheories shrinks them with the rest: the yearly overleg (rules 11 and
 * 12), the adoption and sending (rule 15, required from 2023), the reasons where they apply (rule
 * 13), {@code anders} texts where a reasons field holds {@code ANDERS} (rule 14, with its
 * boundaries), the subsidy model, the waiting list (rule 16) and the ve locations. Not API.
 */
final class Jaarverantwoording {

  /** {@code anders} texts at the rule's boundaries: one character, 1,000 code points, a newline, spaces around. */
  static final List<String> TEKSTEN = List.of(
      "Anders.",
      "x",
      "  Met spaties eromheen.  ",
      "Regel één.\nRegel twee.",
      "Café € ☺ \uD83D\uDE00",
      "a".repeat(1000),
      "\uD83D\uDE00".repeat(1000));

  private Jaarverantwoording() {}

  private static int getal(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static boolean kans(RandomnessSource in, int procent) {
    return getal(in, 0, 99) < procent;
  }

  private static <E extends Enum<E>> Set<E> deel(RandomnessSource in, Class<E> type) {
    return Basis.uitMasker(type, getal(in, 0, (1 << type.getEnumConstants().length) - 1));
  }

  private static <T> T kies(RandomnessSource in, List<T> waarden) {
    return waarden.get(getal(in, 0, waarden.size() - 1));
  }

  /** The document with every filled-in answer a jaarverantwoording. */
  static Vragenlijst vul(Vragenlijst v, RandomnessSource in) {
    List<GemeenteAntwoord> gemeenten = v.gemeenten().stream().map(a -> a.isIngevuld() ? vul(a, v.verslagjaar(), in) : a).toList();
    return Vragenlijst.of(v.verslagjaar(), gemeenten);
  }

  /** A generator of answers made jaarverantwoordingen, for a verslagjaar. */
  static Gen<GemeenteAntwoord> vul(Gen<GemeenteAntwoord> antwoorden, Verslagjaar jaar) {
    return in -> {
      GemeenteAntwoord a = antwoorden.generate(in);
      return a.isIngevuld() ? vul(a, jaar, in) : a;
    };
  }

  static GemeenteAntwoord vul(GemeenteAntwoord a, Verslagjaar jaar, RandomnessSource in) {
    LeaAntwoord lea = a.lea().orElseThrow();
    Map<LeaThema, ThemaAntwoord> themas = new EnumMap<>(LeaThema.class);
    lea.perThema().forEach((t, antwoord) -> themas.put(t, thema(antwoord, in)));
    GemeenteAntwoord uit = a.withLea(LeaAntwoord.of(themas)).withVve(vve(a.vve().orElseThrow(), in));
    uit = uit.withJaarlijksOverleg(overleg(lea.isOverlegOpEnigThema(), in));
    boolean vereist = jaar.jaar() >= Vragenlijst.EERSTE_JAAR_VASTSTELLING;
    if (vereist || kans(in, 30)) {
      uit = uit.withVerantwoording(verantwoording(jaar, vereist, in));
    }
    return uit;
  }

  private static JaarlijksOverleg overleg(boolean themaMetOverleg, RandomnessSource in) {
    boolean gevoerd = kans(in, 75);
    Set<Overlegvorm> vormen = EnumSet.noneOf(Overlegvorm.class);
    vormen.addAll(deel(in, Overlegvorm.class));
    if (gevoerd) {
      vormen.add(Overlegvorm.LEA);
    } else {
      vormen.remove(Overlegvorm.LEA);
      if (vormen.isEmpty() && themaMetOverleg) {
        vormen.add(kies(in, List.of(Overlegvorm.OOGO, Overlegvorm.VVE_OVERLEG, Overlegvorm.ANDER_BESTUURLIJK_OVERLEG,
            Overlegvorm.REGIONAAL)));
      }
    }
    return JaarlijksOverleg.of(gevoerd, vormen, deel(in, Overlegpartij.class));
  }

  private static Verantwoording verantwoording(Verslagjaar jaar, boolean vastgesteldVereist, RandomnessSource in) {
    LocalDate van = LocalDate.of(jaar.jaar() + 1, 1, 1);
    int dagen = (int) (LocalDate.of(jaar.jaar() + 2, 12, 31).toEpochDay() - van.toEpochDay());
    // The boundaries (the first and the last day, 1 and 2 April) and anything between.
    int eerste = kies(in, List.of(0, dagen, 90, 91, getal(in, 0, dagen)));
    Optional<LocalDate> vastgesteld = vastgesteldVereist || kans(in, 70) ? Optional.of(van.plusDays(eerste)) : Optional.empty();
    int vanaf = vastgesteld.map(d -> (int) (d.toEpochDay() - van.toEpochDay())).orElse(0);
    Optional<LocalDate> ingediend = kans(in, 80) ? Optional.of(van.plusDays(getal(in, vanaf, dagen))) : Optional.empty();
    return Verantwoording.of(jaar, vastgesteld, ingediend);
  }

  private static ThemaAntwoord thema(ThemaAntwoord t, RandomnessSource in) {
    ThemaAntwoord uit = t;
    if (t.afspraken() == AfspraakStatus.GEEN) {
      uit = uit.withRedenenGeenAfspraken(deel(in, RedenGeenAfspraken.class));
    }
    if (t.doelen().isEmpty()) {
      uit = uit.withRedenenGeenDoelen(deel(in, RedenGeenDoelen.class));
    }
    if (t.doelen().stream().anyMatch(d -> d.status() == DoelStatus.NIET_GEEVALUEERD)) {
      uit = uit.withRedenenNietGeevalueerd(deel(in, RedenNietGeevalueerd.class));
    }
    Map<String, Set<?>> redenen = new LinkedHashMap<>();
    redenen.put("redenenGeenOverleg", uit.redenenGeenOverleg());
    redenen.put("redenenGeenAfspraken", uit.redenenGeenAfspraken());
    redenen.put("redenenGeenDoelen", uit.redenenGeenDoelen());
    redenen.put("redenenNietGeevalueerd", uit.redenenNietGeevalueerd());
    return uit.withAnders(anders(redenen, in));
  }

  private static VveAntwoord vve(VveAntwoord v, RandomnessSource in) {
    Map<VveOnderwerp, OnderwerpAntwoord> overleg = new EnumMap<>(VveOnderwerp.class);
    v.overleg().forEach((o, a) -> overleg.put(o, a.withAnders(anders(Map.of("redenenGeenOverleg", a.redenenGeenOverleg()), in))));
    Aanbod a = v.aanbod().withSubsidiemodel(kies(in, List.of(Subsidiemodel.values())));
    if (kans(in, 60)) {
      int max = a.doelgroeppeuters().orElse(Aanbod.MAX_AANTAL);
      a = a.withWachtlijst(OptionalInt.of(kies(in, List.of(0, max, getal(in, 0, max)))));
    }
    if (kans(in, 70)) {
      a = a.withVeLocaties(OptionalInt.of(kies(in, List.of(0, Aanbod.MAX_VE_LOCATIES, getal(in, 0, 40)))));
    }
    Map<String, Set<?>> aanbodRedenen = new LinkedHashMap<>();
    aanbodRedenen.put("redenenOnvolledigBereik", a.redenenOnvolledigBereik());
    aanbodRedenen.put("redenenOnvoldoendeKindplaatsen", a.redenenOnvoldoendeKindplaatsen());
    a = a.withAnders(anders(aanbodRedenen, in));
    Resultaatafspraken r = v.resultaatafspraken();
    Map<String, String> rAnders = anders(Map.of("redenenNietBehaald", r.redenenNietBehaald()), in);
    if (!rAnders.isEmpty()) {
      r = Resultaatafspraken.builder(r.status()).reikwijdte(r.reikwijdte().orElse(null)).ontwikkelingsgebieden(r.ontwikkelingsgebieden())
          .inhoud(r.inhoud()).aanlevering(r.aanlevering()).doelen(r.doelen()).redenenNietBehaald(r.redenenNietBehaald())
          .gesprekspartners(r.gesprekspartners()).frequentie(r.frequentie().orElse(null)).anders(rAnders).build();
    }
    return VveAntwoord.of(overleg.get(VveOnderwerp.DOELGROEPDEFINITIE), v.doelgroepdefinitie(), overleg.get(VveOnderwerp.TOELEIDING),
        overleg.get(VveOnderwerp.DOORGAANDE_LIJN), a, r);
  }

  /** A text, half of the time, for each reasons field that holds {@code ANDERS}. */
  private static Map<String, String> anders(Map<String, ? extends Set<?>> redenen, RandomnessSource in) {
    Map<String, String> teksten = new LinkedHashMap<>();
    redenen.forEach((veld, gekozen) -> {
      boolean metAnders = gekozen.stream().anyMatch(r -> r == RedenGeenOverleg.ANDERS || r == RedenGeenAfspraken.ANDERS
          || r == RedenGeenDoelen.ANDERS || r == RedenNietGeevalueerd.ANDERS || r == RedenOnvolledigBereik.ANDERS
          || r == RedenOnvoldoendeKindplaatsen.ANDERS || r == RedenNietBehaald.ANDERS);
      if (metAnders && kans(in, 50)) {
        teksten.put(veld, kies(in, TEKSTEN));
      }
    });
    return teksten;
  }
}
