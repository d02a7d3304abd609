package nl.lea.rapport;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.rapport.risico.Risicoanalyse;
import org.apiguardian.api.API;

/**
 * The national LEA/vve report of one verslagjaar: every table of docs/rapport.md computed from a
 * questionnaire document, and the data-quality warnings.
 *
 * <p>Tables come in the order of docs/rapport.md, rows in their specified order. Two figures that the
 * printed report has wrong come out corrected: Tabel 1.2 gives 122 of 149 as 82% (printed 48%),
 * and the LEA verbeterafspraken are counted from the judgement (30; printed 31). {@link
 * #drukverschillen()} says so where it applies, for the pages a reader compares with the printed
 * report. For example:
 *
 * <pre>{@code
 * Rapport rapport = Rapport.van(LeaJson.readVragenlijst(path));
 * Telrij oab = (Telrij) rapport.tabel("1.1").orElseThrow().rij("BESTRIJDEN_ONDERWIJSACHTERSTANDEN").orElseThrow();
 * oab.aantal();      // OptionalLong[319]
 * oab.percentage();  // OptionalInt[94]
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param verslagjaar the year the answers are about, not null
 * @param aantalGemeenten the gemeenten in the document (T)
 * @param aantalIngevuld the gemeenten that returned the questionnaire (N)
 * @param tabellen the tables, in order, not null
 * @param waarschuwingen the warnings, in document order, not null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Rapport(Verslagjaar verslagjaar, long aantalGemeenten, long aantalIngevuld,
    List<Tabel> tabellen, List<Waarschuwing> waarschuwingen) {

  /**
   * Checks the report.
   *
   * @param verslagjaar the year, not null
   * @param aantalGemeenten T, not negative
   * @param aantalIngevuld N, 0..T
   * @param tabellen the tables, not null
   * @param waarschuwingen the warnings, not null
   */
  public Rapport {
    DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
    if (aantalIngevuld < 0 || aantalIngevuld > aantalGemeenten) {
      throw new DomainValidationException("aantalIngevuld", "must be 0.." + aantalGemeenten, aantalIngevuld);
    }
    tabellen = List.copyOf(DomainValidationException.requireNoNulls(tabellen, "tabellen"));
    waarschuwingen = List.copyOf(DomainValidationException.requireNoNulls(waarschuwingen, "waarschuwingen"));
  }

  /**
   * Computes the report of a questionnaire document with the default risk rules.
   *
   * @param vragenlijst the document, not null
   * @return the report, not null
   */
  public static Rapport van(Vragenlijst vragenlijst) {
    return van(vragenlijst, Risicoanalyse.standaard());
  }

  /**
   * Computes the report of a questionnaire document with other risk rules: the {@code risico}
   * table lists the given rules.
   *
   * @param vragenlijst the document, not null
   * @param analyse the risk rules, not null
   * @return the report, not null
   */
  public static Rapport van(Vragenlijst vragenlijst, Risicoanalyse analyse) {
    return van(new Gegevens(DomainValidationException.requireNonNull(vragenlijst, "vragenlijst"),
        DomainValidationException.requireNonNull(analyse, "analyse"), null));
  }

  /**
   * Computes the report with the waarborgtoezicht tables of docs/toezicht.md §5 ({@code 3.risico},
   * {@code 3.contact}, {@code 3.uitkomst-LEA}, {@code 3.uitkomst-VVE}, {@code 3.toelichting},
   * {@code 3.afhandeling}) after {@code risico}, with the default risk rules. For example:
   *
   * <pre>{@code
   * Rapport r = Rapport.van(vragenlijst, LeaJson.readToezicht(path, vragenlijst, Risicoanalyse.standaard()));
   * r.tabel("3.contact").orElseThrow().rij("CONTACTGEMEENTEN");   // 93 of 342 on the 2022 data
   * }</pre>
   *
   * @param vragenlijst the document, not null
   * @param beoordelingen the inspector's judgements of the same year, not null
   * @return the report, not null
   * @throws nl.lea.core.DomainValidationException if the judgements do not fit the document
   */
  public static Rapport van(Vragenlijst vragenlijst, Beoordelingen beoordelingen) {
    return van(vragenlijst, beoordelingen, Risicoanalyse.standaard());
  }

  /**
   * Computes the report with the waarborgtoezicht tables, judged with the given risk rules.
   *
   * @param vragenlijst the document, not null
   * @param beoordelingen the inspector's judgements of the same year, not null
   * @param analyse the risk rules, not null
   * @return the report, not null
   * @throws nl.lea.core.DomainValidationException if the judgements do not fit the document
   */
  public static Rapport van(Vragenlijst vragenlijst, Beoordelingen beoordelingen, Risicoanalyse analyse) {
    return van(new Gegevens(DomainValidationException.requireNonNull(vragenlijst, "vragenlijst"),
        DomainValidationException.requireNonNull(analyse, "analyse"), DomainValidationException.requireNonNull(beoordelingen, "beoordelingen")));
  }

  private static Rapport van(Gegevens g) {
    return new Rapport(g.vragenlijst.verslagjaar(), g.t(), g.n(), Tabellen.bereken(g), g.waarschuwingen());
  }

  /**
   * Finds a table by its id.
   *
   * @param id the id, such as {@code 1.10} or {@code risico}, not null
   * @return the table, empty if there is none with that id
   */
  public Optional<Tabel> tabel(String id) {
    DomainValidationException.requireNonNull(id, "id");
    return tabellen.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Lists where this report differs on purpose from the printed report of its verslagjaar, each
   * with its reason in Dutch, in the order of the tables: Tabel 1.2's 48% that is 82%, the 31 LEA
   * verbeterafspraken that are 30 (with the inspector's judgement), the 70 gemeenten that are not
   * table 1.1-geen, and the answers Tabel 1.5, 1.7 and 1.9 print that the printed report leaves out.
   * lea knows the printed report of verslagjaar 2022; for any other year the list is empty.
   *
   * @return the notes, possibly empty, not null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3")
  public List<Drukverschil> drukverschillen() {
    return Drukverschil.van(this);
  }

  /**
   * Returns this report with small-cell suppression: every count row with {@code 0 < aantal < k}
   * loses its count and percentage. Sums, means and denominators are never suppressed.
   *
   * @param k the smallest count that may be shown, at least 2
   * @return the suppressed report, not null
   * @throws DomainValidationException if {@code k < 2}
   */
  public Rapport onderdruk(int k) {
    if (k < 2) {
      throw new DomainValidationException("k", "must be at least 2", k);
    }
    return new Rapport(verslagjaar, aantalGemeenten, aantalIngevuld,
        tabellen.stream().map(t -> t.onderdruk(k)).toList(), waarschuwingen);
  }
}
