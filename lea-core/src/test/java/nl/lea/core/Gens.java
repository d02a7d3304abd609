package nl.lea.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
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
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid lea-core values, for lea-core's own property tests. They shrink
 * towards the simplest value (empty sets, first constants, small counts).
 */
public final class Gens {

  private Gens() {}

  /** Any subset of an enum, as a bit mask over its constants, so shrinking removes elements. */
  public static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return integers()
        .between(0, (1 << constants.length) - 1)
        .map(mask -> {
          Set<E> set = EnumSet.noneOf(type);
          for (int i = 0; i < constants.length; i++) {
            if ((mask & (1 << i)) != 0) {
              set.add(constants[i]);
            }
          }
          return set;
        });
  }

  /** Any non-empty subset of an enum. */
  public static <E extends Enum<E>> Gen<Set<E>> nonEmptySubsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return integers().between(1, (1 << constants.length) - 1).map(mask -> {
      Set<E> set = EnumSet.noneOf(type);
      for (int i = 0; i < constants.length; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(constants[i]);
        }
      }
      return set;
    });
  }

  public static Gen<Gemeentecode> gemeentecodes() {
    return integers().between(0, 9999).map(n -> Gemeentecode.of(n));
  }

  public static Gen<Gemeente> gemeenten() {
    return gemeentecodes().map(code -> Gemeente.of(code, "Gemeente " + code.nummer()));
  }

  public static Gen<Doel> doelen() {
    return arbitrary().enumValues(DoelStatus.class).map(status -> Doel.of(status));
  }

  public static Gen<List<Doel>> doelLijsten(int max) {
    return lists().of(doelen()).ofSizeBetween(0, max);
  }

  public static Gen<ThemaAntwoord> themaAntwoorden() {
    Gen<ThemaAntwoord> met =
        arbitrary().enumValues(AfspraakStatus.class).zip(doelLijsten(6), (a, d) -> ThemaAntwoord.of(true, Set.of(), a, d));
    Gen<ThemaAntwoord> zonder =
        subsets(RedenGeenOverleg.class)
            .zip(arbitrary().enumValues(AfspraakStatus.class), doelLijsten(3), (r, a, d) -> ThemaAntwoord.of(false, r, a, d));
    return met.mix(zonder);
  }

  public static Gen<LeaAntwoord> leaAntwoorden() {
    return lists().of(themaAntwoorden()).ofSize(4).map(lijst -> {
      Map<LeaThema, ThemaAntwoord> map = new EnumMap<>(LeaThema.class);
      for (LeaThema thema : LeaThema.values()) {
        map.put(thema, lijst.get(thema.ordinal()));
      }
      return LeaAntwoord.of(map);
    });
  }

  /** An allowed answer on one onderwerp: reasons only with GEEN_OVERLEG. */
  public static Gen<OnderwerpAntwoord> onderwerpAntwoorden(VveOnderwerp onderwerp) {
    List<VveUitkomst> toegestaan = new ArrayList<>();
    for (VveUitkomst u : VveUitkomst.values()) {
      if (u.isToegestaanVoor(onderwerp)) {
        toegestaan.add(u);
      }
    }
    return arbitrary().pick(toegestaan).zip(subsets(RedenGeenOverleg.class), (u, r) ->
        OnderwerpAntwoord.of(onderwerp, u, u == VveUitkomst.GEEN_OVERLEG ? r : Set.of()));
  }

  /** Definitions with and without criteria, including the unknown one. */
  public static Gen<Doelgroepdefinitie> doelgroepdefinities() {
    Gen<Doelgroepdefinitie> zonder = subsets(DoelgroepIndicator.class).map(set -> Doelgroepdefinitie.of(set));
    Gen<Doelgroepdefinitie> met = lists().of(nonEmptySubsets(DoelgroepIndicator.class)).ofSizeBetween(1, 4)
        .map(clausules -> Doelgroepdefinitie.metCriteria(clausules));
    return zonder.mix(met);
  }

  public static Gen<OptionalInt> aantallen() {
    Gen<OptionalInt> aanwezig = integers().between(0, Aanbod.MAX_AANTAL).map(OptionalInt::of);
    return aanwezig.mix(arbitrary().constant(OptionalInt.empty()), 20);
  }

  public static Gen<Aanbod> aanbod() {
    return aantallen().zip(aantallen(), aantallen(),
        subsets(RedenOnvolledigBereik.class), subsets(RedenOnvoldoendeKindplaatsen.class),
        (d, k, b, r1, r2) -> Aanbod.of(d, k, b, r1, r2));
  }

  /** Valid resultaatafspraken of every status. */
  public static Gen<Resultaatafspraken> resultaatafspraken() {
    Gen<Resultaatafspraken> wel = subsets(Ontwikkelingsgebied.class)
        .zip(subsets(InhoudType.class), doelLijsten(5), (gebieden, typen, doelen) -> {
          List<Inhoud> inhoud = new ArrayList<>();
          for (InhoudType t : typen) {
            for (Ontwikkelingsgebied g : gebieden) {
              if ((t.ordinal() + g.ordinal()) % 2 == 0) {
                inhoud.add(Inhoud.of(t, g));
              }
            }
          }
          return Resultaatafspraken.wel().ontwikkelingsgebieden(gebieden).inhoud(inhoud).doelen(doelen);
        })
        .zip(subsets(RedenNietBehaald.class), subsets(Aanlevering.class), subsets(Gesprekspartner.class),
            (builder, redenen, aanlevering, partners) -> {
              DoelbereikGrof grof = builder.build().doelbereikGrof();
              boolean mag = grof == DoelbereikGrof.DEELS_BEHAALD || grof == DoelbereikGrof.NIET_BEHAALD;
              return builder.redenenNietBehaald(mag ? redenen : Set.of()).aanlevering(aanlevering).gesprekspartners(partners);
            })
        .zip(arbitrary().enumValues(Reikwijdte.class), arbitrary().enumValues(Frequentie.class), booleans().all(),
            (builder, reikwijdte, frequentie, opgegeven) ->
                builder.reikwijdte(opgegeven ? reikwijdte : null).frequentie(opgegeven ? frequentie : null).build());
    return wel.mix(arbitrary().pick(List.of(Resultaatafspraken.geen(), Resultaatafspraken.onbekend())), 30);
  }

  public static Gen<VveAntwoord> vveAntwoorden() {
    return onderwerpAntwoorden(VveOnderwerp.DOELGROEPDEFINITIE)
        .zip(doelgroepdefinities(), onderwerpAntwoorden(VveOnderwerp.TOELEIDING), onderwerpAntwoorden(VveOnderwerp.DOORGAANDE_LIJN),
            (dd, def, t, dl) -> new Object[] {dd, def, t, dl})
        .zip(aanbod(), resultaatafspraken(), (delen, aanbod, r) -> VveAntwoord.of(
            (OnderwerpAntwoord) delen[0], (Doelgroepdefinitie) delen[1], (OnderwerpAntwoord) delen[2],
            (OnderwerpAntwoord) delen[3], aanbod, r));
  }
}
