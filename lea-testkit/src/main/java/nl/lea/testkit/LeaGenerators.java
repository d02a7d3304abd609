package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Time;
import nl.lea.core.Gemeentecode;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.DoelbereikGrof;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Frequentie;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.OmvangIndeling;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * The entry point of lea-testkit: QuickTheories generators of valid lea domain values, from a
 * single goal to a whole questionnaire document. Type {@code LeaGenerators.} and pick.
 *
 * <p>Every generator returns only valid values (built through the public factories of lea-core),
 * includes the awkward cases real data has — missing counts, a doelgroep of 0, a bereik above 100%,
 * a gemeente that returned nothing, definitions with and without criteria — and the boundaries of
 * the domain rules (counts 0, 1 and 1,000,000; exactly half of the goals achieved; widths 3/4 and
 * 6/7; ages 29/30/47/48 months). Generators shrink, and a failing property reports its seed. For
 * example:
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 * import static nl.lea.testkit.LeaGenerators.vragenlijsten;
 *
 * @Test
 * void everyReportRowStaysWithinItsDenominator() {
 *   qt().forAll(vragenlijsten().aantalGemeenten(1, 50).aandeelNietIngevuld(10))
 *       .check(vragenlijst -> myReport(vragenlijst).rows().allMatch(r -> r.count() <= r.denominator()));
 * }
 * }</pre>
 *
 * <p>Methods whose result type ends in {@code Gen} return generators with knobs (each knob returns
 * a new, immutable generator); the others return plain {@link Gen}s.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LeaGenerators {

  private LeaGenerators() {}

  /**
   * Generates any subset of an enum's constants, shrinking towards the empty set.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return the generator, not null
   */
  public static <E extends Enum<E>> Gen<Set<E>> deelverzamelingen(Class<E> type) {
    return Basis.deelverzamelingen(type, 0);
  }

  /**
   * Generates any non-empty subset of an enum's constants.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return the generator, not null
   */
  public static <E extends Enum<E>> Gen<Set<E>> nietLegeDeelverzamelingen(Class<E> type) {
    return Basis.deelverzamelingen(type, 1);
  }

  /**
   * Generates counts 0..1,000,000 (the range of the aanbod counts), with 0, 1 and 1,000,000 often.
   *
   * @return the generator, not null
   */
  public static Gen<Integer> aantallen() {
    return Basis.metRanden(0, Aanbod.MAX_AANTAL, 0, 1, Aanbod.MAX_AANTAL);
  }

  /**
   * Generates ages in months 0..96, with the ve-age boundaries 29, 30, 47 and 48 often.
   *
   * @return the generator, not null
   */
  public static Gen<Integer> leeftijdenInMaanden() {
    return Basis.metRanden(0, Peuter.MAX_LEEFTIJD_IN_MAANDEN, 29, 30, 47, 48);
  }

  /**
   * Generates gemeente codes {@code GM0000}..{@code GM9999}.
   *
   * @return the generator, not null
   */
  public static Gen<Gemeentecode> gemeentecodes() {
    return integers().between(0, 9999).map(n -> Gemeentecode.of(n));
  }

  /**
   * Generates gemeenten; {@code gemeenten().echt()} gives the real ones of 1 January 2023.
   *
   * @return the generator, not null
   */
  public static GemeenteGen gemeenten() {
    return new GemeenteGen(false);
  }

  /**
   * Generates verslagjaren 2000..2100.
   *
   * @return the generator, not null
   */
  public static Gen<Verslagjaar> verslagjaren() {
    return integers().between(Verslagjaar.MIN, Verslagjaar.MAX).map(j -> Verslagjaar.of(j));
  }

  /**
   * Generates single goals of any status; a third have a free-text description of any characters
   * (quotes, control characters, emoji, unpaired surrogates), the rest none.
   *
   * @return the generator, not null
   */
  public static Gen<Doel> doelen() {
    Gen<Doel> zonder = arbitrary().enumValues(DoelStatus.class).map(status -> Doel.of(status));
    Gen<Doel> met = arbitrary().enumValues(DoelStatus.class)
        .zip(strings().allPossible().ofLengthBetween(0, 12), (status, tekst) -> Doel.of(status, tekst));
    return zonder.mix(met, 33);
  }

  /**
   * Generates lists of 0..8 goals, including lists with exactly half achieved.
   *
   * @return the generator, not null
   */
  public static DoelenGen doelLijsten() {
    return new DoelenGen(8);
  }

  /**
   * Generates answers about one LEA thema: with overleg (no reasons) or without (any reasons).
   *
   * @return the generator, not null
   */
  public static Gen<ThemaAntwoord> themaAntwoorden() {
    Gen<ThemaAntwoord> met = arbitrary().enumValues(AfspraakStatus.class)
        .zip(doelLijsten().maxAantal(6), (a, d) -> ThemaAntwoord.of(true, Set.of(), a, d));
    Gen<ThemaAntwoord> zonder = deelverzamelingen(RedenGeenOverleg.class)
        .zip(arbitrary().enumValues(AfspraakStatus.class), doelLijsten().maxAantal(3),
            (r, a, d) -> ThemaAntwoord.of(false, r, a, d));
    return met.mix(zonder);
  }

  /**
   * Generates answers about all four LEA themes.
   *
   * @return the generator, not null
   */
  public static Gen<LeaAntwoord> leaAntwoorden() {
    return lists().of(themaAntwoorden()).ofSize(LeaThema.values().length).map(lijst -> {
      Map<LeaThema, ThemaAntwoord> map = new EnumMap<>(LeaThema.class);
      for (LeaThema thema : LeaThema.values()) {
        map.put(thema, lijst.get(thema.ordinal()));
      }
      return LeaAntwoord.of(map);
    });
  }

  /**
   * Generates answers on one vve onderwerp with an allowed outcome; reasons only without overleg.
   *
   * @param onderwerp the onderwerp, not null
   * @return the generator, not null
   */
  public static Gen<OnderwerpAntwoord> onderwerpAntwoorden(VveOnderwerp onderwerp) {
    List<VveUitkomst> toegestaan = new ArrayList<>();
    for (VveUitkomst u : VveUitkomst.values()) {
      if (u.isToegestaanVoor(onderwerp)) {
        toegestaan.add(u);
      }
    }
    return arbitrary().pick(toegestaan).zip(deelverzamelingen(RedenGeenOverleg.class), (u, r) ->
        OnderwerpAntwoord.of(onderwerp, u, u == VveUitkomst.GEEN_OVERLEG ? r : Set.of()));
  }

  /**
   * Generates doelgroepdefinities of every width 0..9, with and without criteria.
   *
   * @return the generator, not null
   */
  public static DoelgroepdefinitieGen doelgroepdefinities() {
    return new DoelgroepdefinitieGen(true, true);
  }

  /**
   * Generates width classifications: any {@code maxSmal} 1..10 and a larger {@code maxMidden}.
   *
   * @return the generator, not null
   */
  public static Gen<OmvangIndeling> omvangIndelingen() {
    return integers().between(1, 10).zip(integers().between(1, 10), (s, d) -> OmvangIndeling.of(s, s + d));
  }

  /**
   * Generates ve offers and reach: three optional counts with reasons.
   *
   * @return the generator, not null
   */
  public static AanbodGen aanbod() {
    return new AanbodGen(10, true, false);
  }

  /**
   * Generates resultaatafspraken of every status; with {@code WEL} every field may be filled, and
   * the cross-field rules hold.
   *
   * @return the generator, not null
   */
  public static Gen<Resultaatafspraken> resultaatafspraken() {
    Gen<Resultaatafspraken.Builder> inhoud = deelverzamelingen(Ontwikkelingsgebied.class)
        .zip(lists().of(arbitrary().enumValues(InhoudType.class)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 4)).ofSize(6), doelLijsten().maxAantal(5),
            (gebieden, typen, keuze, doelen) -> {
              List<Inhoud> items = new ArrayList<>();
              List<Ontwikkelingsgebied> lijst = new ArrayList<>(gebieden);
              for (int i = 0; i < typen.size() && !lijst.isEmpty(); i++) {
                items.add(Inhoud.of(typen.get(i), lijst.get(keuze.get(i) % lijst.size())));
              }
              return Resultaatafspraken.wel().ontwikkelingsgebieden(gebieden).inhoud(items).doelen(doelen);
            });
    Gen<Resultaatafspraken> wel = inhoud.zip(deelverzamelingen(RedenNietBehaald.class),
        deelverzamelingen(Aanlevering.class), deelverzamelingen(Gesprekspartner.class),
        (builder, redenen, aanlevering, partners) -> {
          DoelbereikGrof grof = builder.build().doelbereikGrof();
          boolean mag = grof == DoelbereikGrof.DEELS_BEHAALD || grof == DoelbereikGrof.NIET_BEHAALD;
          return builder.redenenNietBehaald(mag ? redenen : Set.of()).aanlevering(aanlevering).gesprekspartners(partners);
        })
        .zip(arbitrary().enumValues(Reikwijdte.class), arbitrary().enumValues(Frequentie.class),
            booleans().all(), booleans().all(),
            (builder, reikwijdte, frequentie, metReikwijdte, metFrequentie) -> builder
                .reikwijdte(metReikwijdte ? reikwijdte : null)
                .frequentie(metFrequentie ? frequentie : null)
                .build());
    return wel.mix(arbitrary().pick(List.of(Resultaatafspraken.geen(), Resultaatafspraken.onbekend())), 35);
  }

  /**
   * Generates the vve answers of a gemeente.
   *
   * @return the generator, not null
   */
  public static Gen<VveAntwoord> vveAntwoorden() {
    return vveAntwoorden(aanbod());
  }

  /**
   * Generates the vve answers of a gemeente with aanbod counts from the given generator.
   *
   * @param aanbod the generator of the counts, not null
   * @return the generator, not null
   */
  public static Gen<VveAntwoord> vveAntwoorden(Gen<Aanbod> aanbod) {
    return onderwerpAntwoorden(VveOnderwerp.DOELGROEPDEFINITIE)
        .zip(onderwerpAntwoorden(VveOnderwerp.TOELEIDING), onderwerpAntwoorden(VveOnderwerp.DOORGAANDE_LIJN),
            (dd, t, dl) -> List.of(dd, t, dl))
        .zip(doelgroepdefinities(), aanbod, resultaatafspraken(),
            (overleg, def, a, r) -> VveAntwoord.of(overleg.get(0), def, overleg.get(1), overleg.get(2), a, r));
  }

  /**
   * Generates one gemeente's answer, filled in or not returned.
   *
   * @return the generator, not null
   */
  public static GemeenteAntwoordGen gemeenteAntwoorden() {
    return new GemeenteAntwoordGen(5, aanbod(), gemeenten());
  }

  /**
   * Generates whole questionnaire documents ({@code lea-vragenlijst/1}).
   *
   * @return the generator, not null
   */
  public static VragenlijstGen vragenlijsten() {
    return new VragenlijstGen(0, 30, false, 5, aanbod(), null);
  }

  /**
   * Generates the inspector's judgements ({@code lea-toezicht/1}) that fit one questionnaire
   * document and rule set, such as lea-rapport's {@code Risicoanalyse.standaard()}.
   *
   * @param vragenlijst the questionnaire document judged, not null
   * @param regels the risk rules in use, not null
   * @return the generator, not null
   */
  public static BeoordelingenGen beoordelingen(Vragenlijst vragenlijst, Regelset regels) {
    return new BeoordelingenGen(vragenlijst, regels, 60, 40, 10, 40);
  }

  /**
   * Generates toddler records.
   *
   * @return the generator, not null
   */
  public static PeuterGen peuters() {
    return new PeuterGen(List.of());
  }

  /**
   * Generates weekly ve offers: 0..10 hours on each day in whole quarters of an hour, given in
   * hours or minutes, over 1..52 weeks.
   *
   * @return the generator, not null
   */
  public static Gen<VeAanbod> veAanbod() {
    return lists().of(integers().between(0, 40)).ofSize(7)
        .zip(booleans().all(), integers().between(1, 52), (kwartieren, inMinuten, weken) -> {
          Map<DayOfWeek, Quantity<Time>> dagen = new EnumMap<>(DayOfWeek.class);
          for (int i = 0; i < 7; i++) {
            int minuten = kwartieren.get(i) * 15;
            dagen.put(DayOfWeek.of(i + 1), inMinuten
                ? Quantities.getQuantity(minuten, Units.MINUTE)
                : Quantities.getQuantity(new java.math.BigDecimal(minuten).divide(java.math.BigDecimal.valueOf(60)), Units.HOUR));
          }
          return VeAanbod.of(dagen, weken);
        });
  }
}
