package nl.lea.rapport.risico;

import java.util.List;
import java.util.Set;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.apiguardian.api.API;

/**
 * The default risk rules as constants (docs/domein.md §5.1), in table order; {@link
 * Risicoanalyse#standaard()} applies them.
 *
 * <p>For example, {@code Risicoregels.standaard().get(0).code()} is {@code L0}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Risicoregels {

  /** The questionnaire was not returned. */
  public static final Risicoregel L0 = Risicoregel.of("L0", Set.of(Domein.LEA, Domein.VVE),
      "De gemeente heeft de vragenlijst LEA/vve niet ingevuld.", a -> !a.isIngevuld());
  /** No overleg on any of the four themes. */
  public static final Risicoregel L1 = Risicoregel.of("L1", Set.of(Domein.LEA),
      "De gemeente heeft over geen van de vier LEA-thema’s overleg gevoerd.",
      a -> lea(a, l -> !l.isOverlegOpEnigThema()));
  /** No overleg on bestrijden onderwijsachterstanden. */
  public static final Risicoregel L2 = Risicoregel.of("L2", Set.of(Domein.LEA),
      "De gemeente heeft geen overleg gevoerd over het bestrijden van onderwijsachterstanden.",
      a -> lea(a, l -> !l.thema(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN).overleg()));
  /** A thema with overleg has no agreements. */
  public static final Risicoregel L3 = Risicoregel.of("L3", Set.of(Domein.LEA),
      "De gemeente heeft over een LEA-thema overleg gevoerd, maar er zijn geen afspraken.",
      a -> lea(a, l -> l.perThema().values().stream().anyMatch(Risicoregels::overlegZonderAfspraken)));
  /** Some thema had no overleg (docs/toezicht.md §3; fires together with L1 and L2 where those fire). */
  public static final Risicoregel L4 = Risicoregel.of("L4", Set.of(Domein.LEA),
      "De gemeente heeft over een of meer LEA-thema’s geen overleg gevoerd.",
      a -> lea(a, l -> l.perThema().values().stream().anyMatch(t -> !t.overleg())));
  /**
   * No overleg under the name LEA in the verslagjaar (docs/jaarverantwoording.md §5): asked only by
   * {@code lea-vragenlijst/2}, so it never fires on an answer of version 1.
   */
  public static final Risicoregel L5 = Risicoregel.of("L5", Set.of(Domein.LEA),
      "De gemeente heeft in het verslagjaar geen overleg onder de naam LEA gevoerd.",
      a -> a.jaarlijksOverleg().map(o -> !o.leaOverlegGevoerd()).orElse(false));
  /** The doelgroepdefinitie was not discussed, or must still be adjusted. */
  public static final Risicoregel V1 = Risicoregel.of("V1", Set.of(Domein.VVE),
      "Er was geen overleg over de doelgroepdefinitie, of de doelgroepdefinitie moet nog worden aangepast.",
      a -> uitkomst(a, VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.GEEN_OVERLEG, VveUitkomst.AANPASSING_NODIG));
  /** Toeleiding was not discussed, has no agreements or must be adjusted. */
  public static final Risicoregel V2 = Risicoregel.of("V2", Set.of(Domein.VVE),
      "Er was geen overleg over de toeleiding, er zijn geen afspraken over, of de afspraken moeten nog worden aangepast.",
      a -> uitkomst(a, VveOnderwerp.TOELEIDING, VveUitkomst.GEEN_OVERLEG, VveUitkomst.GEEN_AFSPRAKEN, VveUitkomst.AANPASSING_NODIG));
  /** Doorgaande lijn was not discussed, has no agreements or must be adjusted. */
  public static final Risicoregel V3 = Risicoregel.of("V3", Set.of(Domein.VVE),
      "Er was geen overleg over de doorgaande lijn, er zijn geen afspraken over, of de afspraken moeten nog worden aangepast.",
      a -> uitkomst(a, VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.GEEN_OVERLEG, VveUitkomst.GEEN_AFSPRAKEN, VveUitkomst.AANPASSING_NODIG));
  /** Too few kindplaatsen, or unknown. */
  public static final Risicoregel V4 = Risicoregel.of("V4", Set.of(Domein.VVE),
      "Het aanbod van kindplaatsen is onvoldoende of niet bekend.",
      a -> vve(a, v -> Toereikendheid.van(v.aanbod()) != Toereikendheid.VOLDOENDE));
  /** No resultaatafspraken. */
  public static final Risicoregel V5 = Risicoregel.of("V5", Set.of(Domein.VVE),
      "De gemeente heeft geen resultaatafspraken vroegschoolse educatie gemaakt.",
      a -> vve(a, v -> v.resultaatafspraken().status() == ResultaatafsprakenStatus.GEEN));

  private static final List<Risicoregel> STANDAARD = List.of(L0, L1, L2, L3, L4, L5, V1, V2, V3, V4, V5);

  private Risicoregels() {}

  /**
   * Gets the default rule set, in the order of the rule table.
   *
   * @return the rules, L0 first, not null
   */
  public static List<Risicoregel> standaard() {
    return STANDAARD;
  }

  private static boolean overlegZonderAfspraken(ThemaAntwoord t) {
    return t.overleg() && t.afspraken() == AfspraakStatus.GEEN;
  }

  private static boolean lea(GemeenteAntwoord a, java.util.function.Predicate<LeaAntwoord> p) {
    return a.lea().map(p::test).orElse(false);
  }

  private static boolean vve(GemeenteAntwoord a, java.util.function.Predicate<VveAntwoord> p) {
    return a.vve().map(p::test).orElse(false);
  }

  private static boolean uitkomst(GemeenteAntwoord a, VveOnderwerp onderwerp, VveUitkomst... uitkomsten) {
    return vve(a, v -> List.of(uitkomsten).contains(v.uitkomst(onderwerp)));
  }
}
