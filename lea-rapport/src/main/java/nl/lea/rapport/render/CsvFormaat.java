package nl.lea.rapport.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lea.core.Verslagjaar;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * The report as CSV, one line per row of every table with the table id: the format {@code csv}.
 *
 * <p>Found through {@link java.util.ServiceLoader} as every format is; instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class CsvFormaat extends TekstRapportFormaat {

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public CsvFormaat() {}

  @Override
  public String naam() {
    return "csv";
  }

  @Override
  public void render(Rapport r, Writer out) throws IOException {
    DomainValidationException.requireNonNull(r, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.empty(), out);
  }

  /**
   * Renders the report with four more columns: {@code vorigJaar}, {@code vorig} (that year's
   * percentage, a sum row's value), {@code verschil} and {@code noemerGewijzigd}, empty where the
   * comparison has none. The cohort is not a table of the report; {@code ./lea vergelijk} and
   * {@code ./lea cohort} write it as CSV.
   */
  @Override
  public void render(Rapport r, Vergelijking vorigeJaren, Writer out) throws IOException {
    VorigeJaren.controleer(r, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.of(vorigeJaren), out);
  }

  private static final List<String> KOPPEN = List.of("tabel", "sleutel", "label", "aantal", "noemer", "percentage", "waarde",
      "fractie", "aantalGemeenten", "onderdrukt");

  private static void schrijf(Rapport r, Optional<Vergelijking> vorig, Writer out) throws IOException {
    List<Object> koppen = new ArrayList<>(KOPPEN);
    if (vorig.isPresent()) {
      koppen.addAll(List.of("vorigJaar", "vorig", "verschil", "noemerGewijzigd"));
    }
    Csv.waarden(out, koppen);
    for (Tabel t : r.tabellen()) {
      for (Rij rij : t.rijen()) {
        List<Object> v = new ArrayList<>(List.of(t.id(), rij.sleutel(), rij.label()));
        if (rij instanceof Telrij c) {
          v.addAll(Arrays.asList(Csv.getal(c.aantal()), c.noemer(), Csv.getal(c.percentage()), null, null, null, c.onderdrukt()));
        } else if (rij instanceof Somrij s) {
          v.addAll(Arrays.asList(null, null, null, s.waarde(), null, s.aantalGemeenten(), false));
        } else {
          Gemiddelderij g = (Gemiddelderij) rij;
          v.addAll(Arrays.asList(null, null, Csv.getal(g.percentage()), null, g.waarde().map(Numbers::fractie).orElse(null),
              g.aantalGemeenten(), false));
        }
        if (vorig.isPresent()) {
          Optional<Vergelijking.Rijreeks> reeks = VorigeJaren.rij(vorig.get(), t.id(), rij);
          Optional<Verslagjaar> jaar = reeks.flatMap(Vergelijking.Rijreeks::vorigJaar);
          v.add(jaar.map(j -> (Object) (long) j.jaar()).orElse(null));
          v.add(jaar.flatMap(j -> reeks.get().jaar(j)).map(w -> Vergelijking.maat(w.rij())).map(Csv::getal).orElse(null));
          v.add(reeks.map(x -> Csv.getal(x.verschil())).orElse(null));
          v.add(reeks.flatMap(Vergelijking.Rijreeks::noemerGewijzigd).orElse(null));
        }
        Csv.waarden(out, v);
      }
    }
  }

}
