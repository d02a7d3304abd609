package nl.lea.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;

/**
 * Example: an inspectorate application reads a year of questionnaire answers, computes the national
 * report and uses one table (Tabel 1.10) in its own dashboard.
 *
 * <p>Run it with {@code mvn -B -q -pl examples exec:java -Dvoorbeeld=nl.lea.examples.RapportTabel}
 * after {@code mvn -B -q install -DskipTests}.
 */
public final class RapportTabel {

  private RapportTabel() {}

  /**
   * Prints Tabel 1.10 of the report of a document.
   *
   * @param args the document, {@code examples/data/vragenlijst-2022.json} when absent
   */
  public static void main(String[] args) {
    Path bestand = Path.of(args.length > 0 ? args[0] : "examples/data/vragenlijst-2022.json");
    toon(LeaJson.readVragenlijst(bestand), System.out);
  }

  /** Prints Tabel 1.10: per count the national sum and the number of gemeenten that supplied it. */
  static void toon(Vragenlijst vragenlijst, PrintStream out) {
    Rapport rapport = Rapport.van(vragenlijst);
    Tabel tabel = rapport.tabel("1.10").orElseThrow();
    out.println("Tabel " + tabel.id() + " (" + rapport.verslagjaar() + "): " + tabel.titel());
    for (Rij rij : tabel.rijen()) {
      Somrij som = (Somrij) rij;
      out.printf("  %-26s %,8d  (%d gemeenten)%n", som.label(), som.waarde(), som.aantalGemeenten());
    }
  }
}
