package nl.lea.examples;

import java.util.EnumMap;
import java.util.Map;
import nl.lea.bereik.Bereikstatistiek;
import nl.lea.bereik.Ratio;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.vragenlijst.Vragenlijst;

/**
 * An example application: a dashboard tile that shows, per kindplaatsen verdict, the share of the
 * gemeenten that returned the questionnaire (report §2.2: 61% / 16% / 23%).
 */
public final class KindplaatsenDashboard {

  private KindplaatsenDashboard() {}

  /**
   * Computes the percentage of returned questionnaires per verdict.
   *
   * @param vragenlijst the year's answers, not null
   * @return the rounded percentage per verdict; empty when no gemeente returned the questionnaire
   */
  public static Map<Toereikendheid, Integer> percentages(Vragenlijst vragenlijst) {
    Bereikstatistiek stat = Bereikstatistiek.van(vragenlijst.gemeenten());
    Map<Toereikendheid, Integer> percentages = new EnumMap<>(Toereikendheid.class);
    for (Toereikendheid t : Toereikendheid.values()) {
      Ratio.procent(stat.aantal(t), stat.aantalIngevuld()).ifPresent(p -> percentages.put(t, p));
    }
    return percentages;
  }
}
