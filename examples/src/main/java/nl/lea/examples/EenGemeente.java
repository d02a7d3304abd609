package nl.lea.examples;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.Gemeente;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;

/**
 * Example: a municipal application computes one gemeente's figures — goal attainment, bereik,
 * kindplaatsen, the width of its doelgroepdefinitie and its risk profile — from its own answers.
 *
 * <p>Run it with {@code mvn -B -q -pl examples exec:java} after {@code mvn -B -q install
 * -DskipTests}.
 */
public final class EenGemeente {

  private EenGemeente() {}

  /**
   * Prints the figures of an example gemeente.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    toon(voorbeeld(), System.out);
  }

  /** The answers of an example gemeente, built with the validating factories. */
  static GemeenteAntwoord voorbeeld() {
    Map<LeaThema, ThemaAntwoord> lea = new EnumMap<>(LeaThema.class);
    lea.put(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN, ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND,
        List.of(Doel.of(DoelStatus.BEHAALD, "Meer peuters naar de voorschool"), Doel.of(DoelStatus.NIET_GEEVALUEERD))));
    lea.put(LeaThema.VOORKOMEN_SEGREGATIE, ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.NIET_NODIG_GEZIEN_SITUATIE), AfspraakStatus.GEEN));
    lea.put(LeaThema.BEVORDEREN_INTEGRATIE, ThemaAntwoord.of(true, Set.of(), AfspraakStatus.NIEUW, List.of()));
    lea.put(LeaThema.INSCHRIJVING_EN_TOELATING, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
    VveAntwoord vve = VveAntwoord.of(
        OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.VOLDOET),
        Doelgroepdefinitie.metCriteria(List.of(Set.of(DoelgroepIndicator.OPLEIDINGSNIVEAU_OUDERS), Set.of(DoelgroepIndicator.THUISTAAL))),
        OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.NIEUW),
        OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.VOLDOET),
        Aanbod.of(812, 780, 640),
        Resultaatafspraken.geen());
    return GemeenteAntwoord.ingevuld(Gemeente.of("GM0014", "Groningen"), LeaAntwoord.of(lea), vve);
  }

  /** Prints the figures of one gemeente. */
  static void toon(GemeenteAntwoord antwoord, PrintStream out) {
    out.println(antwoord.gemeente());
    LeaAntwoord lea = antwoord.lea().orElseThrow();
    for (LeaThema thema : LeaThema.values()) {
      ThemaAntwoord t = lea.thema(thema);
      out.println("  " + thema.label() + ": overleg " + (t.overleg() ? "ja" : "nee") + ", doelbereik " + t.doelbereik().label());
    }
    VveAntwoord vve = antwoord.vve().orElseThrow();
    out.println("  Doelgroepdefinitie: " + vve.doelgroepdefinitie().aantalIndicatoren() + " indicatoren, omvang "
        + vve.doelgroepdefinitie().omvang().map(o -> o.label()).orElse("onbekend"));
    out.println("  Bereik: " + Bereik.van(vve.aanbod()).map(b -> b.procent() + "%").orElse("onbekend"));
    out.println("  Kindplaatsen: " + Toereikendheid.van(vve.aanbod()).label());
    Risicoprofiel profiel = Risicoanalyse.standaard().profiel(antwoord);
    out.println("  Risico: " + profiel.categorie().label());
    for (Risicoregel regel : profiel.regels()) {
      out.println("    " + regel.code() + " " + regel.uitleg());
    }
  }
}
