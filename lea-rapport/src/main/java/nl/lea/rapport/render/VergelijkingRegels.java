package nl.lea.rapport.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * A {@link Vergelijking} as one long table, the shape of its CSV and of its workbook's sheet: one
 * line per table, row and year, with the year's figure as {@code lea-rapport/1} has it; the line
 * of the comparison's last year carries the row's {@code vorigJaar}, {@code verschil} and {@code
 * noemerGewijzigd}, the line of the transitions' {@code naarJaar} their 2×2; the cohort follows as
 * the pseudo table {@code cohort} with sum rows ({@code DOELGROEPPEUTERS}, {@code KINDPLAATSEN},
 * {@code BEREIKTE_DOELGROEPPEUTERS}) and mean rows ({@code GEWOGEN}, {@code GEMIDDELD}) per year.
 * Not for applications: it may change without notice.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class VergelijkingRegels {

  /** The columns, in order. */
  public static final List<String> KOPPEN = List.of("tabel", "sleutel", "label", "verslagjaar", "bron", "aantal", "noemer",
      "percentage", "waarde", "fractie", "aantalGemeenten", "onderdrukt", "vorigJaar", "verschil", "noemerGewijzigd",
      "overgangGemeenten", "jaJa", "jaNee", "neeJa", "neeNee", "bronvermelding");

  /** The index of the column {@code percentage}, a whole percentage, for formats that store a fraction. */
  public static final int PERCENTAGE = KOPPEN.indexOf("percentage");

  private VergelijkingRegels() {}

  /**
   * The lines of a comparison: each a list as long as {@link #KOPPEN} whose cells are {@code
   * String}, {@code Long} (counts, years, the percentage), {@code java.math.BigDecimal} (the
   * fractie), {@code Boolean} or null (an empty cell).
   *
   * @param v the comparison, not null
   * @return the lines, in table, row and year order, the cohort last, not null
   */
  public static List<List<Object>> regels(Vergelijking v) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    Verslagjaar laatste = v.jaren().get(v.jaren().size() - 1);
    List<List<Object>> regels = new ArrayList<>();
    for (Vergelijking.Tabelreeks t : v.tabellen()) {
      for (Vergelijking.Rijreeks r : t.rijen()) {
        for (Vergelijking.Jaarwaarde w : r.jaren()) {
          Object[] c = new Object[KOPPEN.size()];
          c[0] = t.id();
          c[1] = r.sleutel();
          c[2] = r.label();
          c[3] = (long) w.verslagjaar().jaar();
          c[4] = w.bron() == Vergelijking.Bron.DOCUMENT ? "document" : "gepubliceerd";
          velden(c, w.rij());
          if (w.verslagjaar().equals(laatste)) {
            c[12] = r.vorigJaar().map(j -> (Object) (long) j.jaar()).orElse(null);
            c[13] = Csv.getal(r.verschil());
            c[14] = r.noemerGewijzigd().orElse(null);
          }
          Optional<Vergelijking.Overgangen> o = r.overgangen().filter(x -> x.naarJaar().equals(w.verslagjaar()));
          if (o.isPresent()) {
            c[15] = o.get().aantalGemeenten();
            c[16] = Csv.getal(o.get().jaJa());
            c[17] = Csv.getal(o.get().jaNee());
            c[18] = Csv.getal(o.get().neeJa());
            c[19] = Csv.getal(o.get().neeNee());
          }
          c[20] = w.bronvermelding().orElse(null);
          regels.add(Arrays.asList(c));
        }
      }
    }
    Cohort cohort = v.cohort();
    long n = cohort.gemeenten().size();
    List<String[]> rijen = List.of(new String[] {"DOELGROEPPEUTERS", "Doelgroeppeuters"}, new String[] {"KINDPLAATSEN", "Kindplaatsen"},
        new String[] {"BEREIKTE_DOELGROEPPEUTERS", "Bereikte doelgroeppeuters"}, new String[] {"GEWOGEN", "Gewogen bereik"},
        new String[] {"GEMIDDELD", "Gemiddeld bereik"});
    for (String[] rij : rijen) {
      for (Cohort.Jaar j : cohort.reeks()) {
        Object[] c = new Object[KOPPEN.size()];
        c[0] = "cohort";
        c[1] = rij[0];
        c[2] = rij[1];
        c[3] = (long) j.verslagjaar().jaar();
        c[4] = "document";
        switch (rij[0]) {
          case "DOELGROEPPEUTERS" -> som(c, j.doelgroeppeuters(), n);
          case "KINDPLAATSEN" -> som(c, j.kindplaatsen(), n);
          case "BEREIKTE_DOELGROEPPEUTERS" -> som(c, j.bereikteDoelgroeppeuters(), n);
          case "GEWOGEN" -> gemiddelde(c, j.gewogenBereik().waarde(), j.gewogenBereik().aantal());
          default -> gemiddelde(c, j.gemiddeldBereik().waarde(), j.gemiddeldBereik().aantal());
        }
        regels.add(Arrays.asList(c));
      }
    }
    return List.copyOf(regels.stream().map(r -> java.util.Collections.unmodifiableList(r)).toList());
  }

  private static void velden(Object[] c, Rij rij) {
    if (rij instanceof Telrij t) {
      c[5] = Csv.getal(t.aantal());
      c[6] = t.noemer();
      c[7] = t.percentage().isPresent() ? (Object) (long) t.percentage().getAsInt() : null;
      c[11] = t.onderdrukt();
    } else if (rij instanceof Somrij s) {
      som(c, s.waarde(), s.aantalGemeenten());
    } else {
      Gemiddelderij g = (Gemiddelderij) rij;
      gemiddelde(c, g.waarde(), g.aantalGemeenten());
    }
  }

  private static void som(Object[] c, long waarde, long aantalGemeenten) {
    c[8] = waarde;
    c[10] = aantalGemeenten;
    c[11] = false;
  }

  private static void gemiddelde(Object[] c, Optional<Ratio> waarde, long aantalGemeenten) {
    c[7] = waarde.map(r -> (Object) (long) r.procent()).orElse(null);
    c[9] = waarde.map(Numbers::fractie).orElse(null);
    c[10] = aantalGemeenten;
    c[11] = false;
  }
}
