package nl.lea.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Indeling;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;

/**
 * The report's tables over several verslagjaren (docs/jaren.md §4): per table and row the years
 * side by side, from the documents or from published figures, the difference between the last
 * year and the one before it, whether the row's denominator changed so much that the difference
 * misleads, and, for the four rows that matter to supervision, how many gemeenten went from yes to
 * no and back. The national tables of each year are that year's report ({@link Rapport}), computed
 * on the document as it stands: no figure is computed a second time.
 *
 * <p>For example, with the shipped data:
 *
 * <pre>{@code
 * Vergelijking v = Vergelijking.van(List.of(v2020, v2021, v2022), LeaJson.herindelingenNl(), LeaJson.cijfersNl());
 * Vergelijking.Rijreeks r = v.tabel("1.1-lea-overleg").orElseThrow().rij("GEEN_LEA_OVERLEG").orElseThrow();
 * r.verschil();   // OptionalLong[10]: 11% (35 of 325, published) in 2021, 21% (70 of 340) in 2022
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param jaren the documents' and the published figures' verslagjaren, ascending, not null
 * @param documenten per document its counts and its niet-vergelijkbare gemeenten, ascending, not null
 * @param tabellen every table of the latest document's report, every row, in report order, not null
 * @param cohort the cohort of Figuur 1.4 over the documents after mapping, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Vergelijking(List<Verslagjaar> jaren, List<Document> documenten, List<Tabelreeks> tabellen, Cohort cohort) {

  /** The four rows whose gemeenten are followed from one document to the next (docs/jaren.md §4). */
  public static final List<String> OVERGANGSRIJEN = List.of("1.1-lea-overleg/GEEN_LEA_OVERLEG", "1.1-geen/GEEN_ENKEL_THEMA",
      "2.1/WEL", "kindplaatsen/VOLDOENDE");

  /**
   * Checks the comparison.
   *
   * @param jaren the years, not null
   * @param documenten the documents' summaries, not null
   * @param tabellen the tables, not null
   * @param cohort the cohort, not null
   */
  public Vergelijking {
    jaren = List.copyOf(DomainValidationException.requireNoNulls(jaren, "jaren"));
    documenten = List.copyOf(DomainValidationException.requireNoNulls(documenten, "documenten"));
    tabellen = List.copyOf(DomainValidationException.requireNoNulls(tabellen, "tabellen"));
    DomainValidationException.requireNonNull(cohort, "cohort");
  }

  /**
   * One document of the comparison.
   *
   * @param verslagjaar its year, not null
   * @param aantalGemeenten the gemeenten in it (T)
   * @param aantalIngevuld the gemeenten that returned the questionnaire (N)
   * @param nietVergelijkbaar the gemeenten the mapping formed from two or more of its gemeenten,
   *     sorted, not null
   */
  public record Document(Verslagjaar verslagjaar, long aantalGemeenten, long aantalIngevuld, Set<Gemeentecode> nietVergelijkbaar) {

    /**
     * Checks the summary.
     *
     * @param verslagjaar its year, not null
     * @param aantalGemeenten T, not negative
     * @param aantalIngevuld N, 0..T
     * @param nietVergelijkbaar the codes, not null
     */
    public Document {
      DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
      if (aantalIngevuld < 0 || aantalIngevuld > aantalGemeenten) {
        throw new DomainValidationException("aantalIngevuld", "must be 0.." + aantalGemeenten, aantalIngevuld);
      }
      nietVergelijkbaar = java.util.Collections.unmodifiableSet(new TreeSet<>(
          DomainValidationException.requireNoNulls(nietVergelijkbaar, "nietVergelijkbaar")));
    }
  }

  /**
   * Where a year's value of a row comes from.
   */
  public enum Bron {
    /** The report of that year's document. */
    DOCUMENT,
    /** A published figure ({@code lea-cijfers/1}). */
    GEPUBLICEERD
  }

  /**
   * One year's value of a row: the row of that year's report, or a published figure as a count row.
   *
   * @param verslagjaar the year, not null
   * @param bron where it comes from, not null
   * @param rij the value, a row of {@code lea-rapport/1}, not null
   * @param bronvermelding the published figure's source, present exactly for {@link Bron#GEPUBLICEERD}, not null
   */
  public record Jaarwaarde(Verslagjaar verslagjaar, Bron bron, Rij rij, Optional<String> bronvermelding) {

    /**
     * Checks the value.
     *
     * @param verslagjaar the year, not null
     * @param bron the source kind, not null
     * @param rij the row, not null
     * @param bronvermelding the source, present exactly for a published figure, not null
     */
    public Jaarwaarde {
      DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
      DomainValidationException.requireNonNull(bron, "bron");
      DomainValidationException.requireNonNull(rij, "rij");
      DomainValidationException.requireNonNull(bronvermelding, "bronvermelding");
      if (bronvermelding.isPresent() != (bron == Bron.GEPUBLICEERD)) {
        throw new DomainValidationException("bronvermelding", "must be present exactly for a published figure", bronvermelding);
      }
    }
  }

  /**
   * The 2×2 of one row's gemeenten between the last two documents: how many were counted (ja) or
   * not (nee) in each. With suppression a cell with 0 &lt; n &lt; k is empty and {@code onderdrukt}
   * is true.
   *
   * @param vanJaar the earlier document's year, not null
   * @param naarJaar the later document's year, not null
   * @param aantalGemeenten the gemeenten followed: in both, comparable in both, in the row's noemer in both
   * @param jaJa counted in both, empty when suppressed
   * @param jaNee counted in the earlier year only, empty when suppressed
   * @param neeJa counted in the later year only, empty when suppressed
   * @param neeNee counted in neither, empty when suppressed
   * @param onderdrukt whether a cell is suppressed
   */
  public record Overgangen(Verslagjaar vanJaar, Verslagjaar naarJaar, long aantalGemeenten, OptionalLong jaJa, OptionalLong jaNee,
      OptionalLong neeJa, OptionalLong neeNee, boolean onderdrukt) {

    /**
     * Checks the 2×2.
     *
     * @param vanJaar the earlier year, not null
     * @param naarJaar the later year, not null
     * @param aantalGemeenten the gemeenten followed, not negative
     * @param jaJa the cell, not null
     * @param jaNee the cell, not null
     * @param neeJa the cell, not null
     * @param neeNee the cell, not null
     * @param onderdrukt whether a cell is suppressed
     * @throws DomainValidationException if an argument is null, the years are not in order, a cell
     *     is negative or more than {@code aantalGemeenten}, a cell is absent without suppression, or
     *     the cells of an unsuppressed 2×2 do not sum to {@code aantalGemeenten}
     */
    public Overgangen {
      DomainValidationException.requireNonNull(vanJaar, "vanJaar");
      DomainValidationException.requireNonNull(naarJaar, "naarJaar");
      List<OptionalLong> cellen = List.of(DomainValidationException.requireNonNull(jaJa, "jaJa"),
          DomainValidationException.requireNonNull(jaNee, "jaNee"), DomainValidationException.requireNonNull(neeJa, "neeJa"),
          DomainValidationException.requireNonNull(neeNee, "neeNee"));
      if (naarJaar.compareTo(vanJaar) <= 0) {
        throw new DomainValidationException("naarJaar", "must be after vanJaar (" + vanJaar + ")", naarJaar);
      }
      if (aantalGemeenten < 0) {
        throw new DomainValidationException("aantalGemeenten", "must not be negative", aantalGemeenten);
      }
      for (OptionalLong c : cellen) {
        if (c.isPresent() && (c.getAsLong() < 0 || c.getAsLong() > aantalGemeenten)) {
          throw new DomainValidationException("overgangen", "each cell must be 0.." + aantalGemeenten, c.getAsLong());
        }
        if (c.isEmpty() && !onderdrukt) {
          throw new DomainValidationException("overgangen", "a cell may be absent only when suppressed", cellen);
        }
      }
      if (!onderdrukt && cellen.stream().mapToLong(OptionalLong::getAsLong).sum() != aantalGemeenten) {
        throw new DomainValidationException("aantalGemeenten", "must be the sum of the four cells", aantalGemeenten);
      }
    }

    /** The 2×2 with cells of 0 &lt; n &lt; k left out. */
    Overgangen onderdruk(int k) {
      List<OptionalLong> cellen = new ArrayList<>();
      boolean weg = false;
      for (OptionalLong c : List.of(jaJa, jaNee, neeJa, neeNee)) {
        boolean klein = c.isPresent() && c.getAsLong() > 0 && c.getAsLong() < k;
        weg |= klein;
        cellen.add(klein ? OptionalLong.empty() : c);
      }
      return new Overgangen(vanJaar, naarJaar, aantalGemeenten, cellen.get(0), cellen.get(1), cellen.get(2), cellen.get(3),
          onderdrukt || weg);
    }
  }

  /**
   * One row over the years.
   *
   * @param sleutel the row's key, not null
   * @param label the row's label, not null
   * @param jaren one value per year that has the row, ascending, not null
   * @param vorigJaar the latest year before the comparison's last year with a value, empty if none
   * @param verschil the last year's percentage (a sum row: value) minus {@code vorigJaar}'s, empty
   *     when either is absent or has no percentage
   * @param noemerGewijzigd whether the denominator changed by more than 5%, empty when there is no
   *     verschil
   * @param overgangen the gemeenten's transitions, on the rows of {@link #OVERGANGSRIJEN} only
   *     (empty elsewhere and with fewer than two documents)
   */
  public record Rijreeks(String sleutel, String label, List<Jaarwaarde> jaren, Optional<Verslagjaar> vorigJaar, OptionalLong verschil,
      Optional<Boolean> noemerGewijzigd, Optional<Overgangen> overgangen) {

    /**
     * Checks the row.
     *
     * @param sleutel the key, not null
     * @param label the label, not null
     * @param jaren the values, not null
     * @param vorigJaar the previous year, not null
     * @param verschil the difference, not null
     * @param noemerGewijzigd the mark, not null
     * @param overgangen the transitions, not null
     */
    public Rijreeks {
      DomainValidationException.requireNonNull(sleutel, "sleutel");
      DomainValidationException.requireNonNull(label, "label");
      jaren = List.copyOf(DomainValidationException.requireNoNulls(jaren, "jaren"));
      DomainValidationException.requireNonNull(vorigJaar, "vorigJaar");
      DomainValidationException.requireNonNull(verschil, "verschil");
      DomainValidationException.requireNonNull(noemerGewijzigd, "noemerGewijzigd");
      DomainValidationException.requireNonNull(overgangen, "overgangen");
    }

    /**
     * Finds the value of a year.
     *
     * @param jaar the year, not null
     * @return the value, empty if the year has none for this row
     */
    public Optional<Jaarwaarde> jaar(Verslagjaar jaar) {
      DomainValidationException.requireNonNull(jaar, "jaar");
      return jaren.stream().filter(j -> j.verslagjaar().equals(jaar)).findFirst();
    }
  }

  /**
   * One table over the years.
   *
   * @param id the table's id, not null
   * @param titel its title, not null
   * @param rijen its rows, in report order, not null
   */
  public record Tabelreeks(String id, String titel, List<Rijreeks> rijen) {

    /**
     * Checks the table.
     *
     * @param id the id, not null
     * @param titel the title, not null
     * @param rijen the rows, not null
     */
    public Tabelreeks {
      DomainValidationException.requireNonNull(id, "id");
      DomainValidationException.requireNonNull(titel, "titel");
      rijen = List.copyOf(DomainValidationException.requireNoNulls(rijen, "rijen"));
    }

    /**
     * Finds a row by its key.
     *
     * @param sleutel the key, not null
     * @return the row, empty if there is none
     */
    public Optional<Rijreeks> rij(String sleutel) {
      DomainValidationException.requireNonNull(sleutel, "sleutel");
      return rijen.stream().filter(r -> r.sleutel().equals(sleutel)).findFirst();
    }
  }

  /**
   * Compares questionnaire documents of distinct years, with herindelingen and published figures.
   *
   * @param vragenlijsten the documents, at least one, distinct verslagjaren, any order, not null
   * @param herindelingen the herindelingen to map the documents to the latest layout with, not null
   * @param cijfers published figures for years or rows without a document, not null
   * @return the comparison, not null
   * @throws DomainValidationException if an argument is null, there is no document, two share a
   *     verslagjaar, or a published figure names no count row or a row a document supplies (at
   *     {@code cijfers[i]}, docs/jaren.md §3)
   */
  public static Vergelijking van(List<Vragenlijst> vragenlijsten, Herindelingen herindelingen, Cijfers cijfers) {
    DomainValidationException.requireNoNulls(vragenlijsten, "vragenlijsten");
    DomainValidationException.requireNonNull(herindelingen, "herindelingen");
    DomainValidationException.requireNonNull(cijfers, "cijfers");
    if (vragenlijsten.isEmpty()) {
      throw new DomainValidationException("vragenlijsten", "must hold at least one document", "[]");
    }
    List<Vragenlijst> docs = new ArrayList<>(vragenlijsten);
    docs.sort(Comparator.comparing(Vragenlijst::verslagjaar));
    for (int i = 1; i < docs.size(); i++) {
      if (docs.get(i).verslagjaar().equals(docs.get(i - 1).verslagjaar())) {
        throw new DomainValidationException("verslagjaar", "is the verslagjaar of another document", docs.get(i).verslagjaar());
      }
    }
    Map<Verslagjaar, Rapport> rapporten = new TreeMap<>();
    docs.forEach(d -> rapporten.put(d.verslagjaar(), Rapport.van(d)));
    DomainValidationException.throwIfAny(controleer(cijfers, rapporten));

    Verslagjaar laatste = docs.get(docs.size() - 1).verslagjaar();
    Set<Verslagjaar> alleJaren = new TreeSet<>(rapporten.keySet());
    cijfers.cijfers().forEach(c -> alleJaren.add(c.verslagjaar()));
    List<Verslagjaar> jaren = List.copyOf(alleJaren);

    List<Document> documenten = new ArrayList<>();
    Map<Verslagjaar, Indeling> indelingen = new TreeMap<>();
    for (Vragenlijst d : docs) {
      Indeling indeling = Indeling.van(d, herindelingen, laatste);
      indelingen.put(d.verslagjaar(), indeling);
      Rapport r = rapporten.get(d.verslagjaar());
      documenten.add(new Document(d.verslagjaar(), r.aantalGemeenten(), r.aantalIngevuld(), indeling.nietVergelijkbaar()));
    }

    // Each comparable gemeente's own report in the last two documents, for the transitions.
    List<Map<Gemeentecode, Rapport>> eigen = new ArrayList<>();
    if (docs.size() >= 2) {
      for (Vragenlijst d : docs.subList(docs.size() - 2, docs.size())) {
        Indeling indeling = indelingen.get(d.verslagjaar());
        Map<Gemeentecode, Rapport> perCode = new java.util.HashMap<>();
        for (Gemeente g : indeling.gemeenten()) {
          indeling.antwoord(g.code()).ifPresent(a -> perCode.put(g.code(), Rapport.van(Vragenlijst.of(d.verslagjaar(), List.of(a)))));
        }
        eigen.add(perCode);
      }
    }
    List<Tabelreeks> tabellen = new ArrayList<>();
    for (Tabel t : rapporten.get(laatste).tabellen()) {
      List<Rijreeks> rijen = new ArrayList<>();
      for (Rij rij : t.rijen()) {
        List<Jaarwaarde> waarden = new ArrayList<>();
        for (Verslagjaar j : jaren) {
          Optional<Cijfer> cijfer = cijfers.cijfer(j, t.id(), rij.sleutel());
          if (cijfer.isPresent()) {
            Cijfer c = cijfer.get();
            waarden.add(new Jaarwaarde(j, Bron.GEPUBLICEERD, Telrij.of(rij.sleutel(), rij.label(), c.aantal(), c.noemer()),
                Optional.of(c.bron())));
          } else if (rapporten.containsKey(j)) {
            rapporten.get(j).tabel(t.id()).flatMap(x -> x.rij(rij.sleutel()))
                .ifPresent(r -> waarden.add(new Jaarwaarde(j, Bron.DOCUMENT, r, Optional.empty())));
          }
        }
        Optional<Overgangen> overgangen = OVERGANGSRIJEN.contains(t.id() + "/" + rij.sleutel()) && docs.size() >= 2
            ? Optional.of(overgangen(t.id(), rij.sleutel(), docs.get(docs.size() - 2).verslagjaar(), laatste, eigen))
            : Optional.empty();
        rijen.add(rijreeks(rij.sleutel(), rij.label(), waarden, jaren.get(jaren.size() - 1), overgangen));
      }
      tabellen.add(new Tabelreeks(t.id(), t.titel(), rijen));
    }
    return new Vergelijking(jaren, documenten, tabellen, Cohort.van(docs, herindelingen));
  }

  /** The published figures' rules against the registry and the documents (docs/jaren.md §3). */
  private static List<DomainValidationException.Violation> controleer(Cijfers cijfers, Map<Verslagjaar, Rapport> rapporten) {
    List<DomainValidationException.Violation> lijst = new ArrayList<>(Tabellen.controleer(cijfers));
    for (int i = 0; i < cijfers.cijfers().size(); i++) {
      Cijfer c = cijfers.cijfers().get(i);
      Rapport r = rapporten.get(c.verslagjaar());
      boolean geleverd = r != null && r.tabel(c.tabel()).flatMap(t -> t.rij(c.sleutel()))
          .map(rij -> rij instanceof Telrij tel && tel.noemer() > 0).orElse(false);
      if (geleverd) {
        lijst.add(DomainValidationException.Violation.ofField("cijfers[" + i + "]", "gives a figure the document of "
            + c.verslagjaar() + " supplies (two sources for one number)", c.tabel() + "/" + c.sleutel()));
      }
    }
    return lijst;
  }

  /** A row over the years with its difference between the last year and the one before. */
  private static Rijreeks rijreeks(String sleutel, String label, List<Jaarwaarde> waarden, Verslagjaar laatste,
      Optional<Overgangen> overgangen) {
    Optional<Jaarwaarde> nu = waarden.stream().filter(w -> w.verslagjaar().equals(laatste)).findFirst();
    Optional<Jaarwaarde> vorig = waarden.stream().filter(w -> w.verslagjaar().compareTo(laatste) < 0)
        .reduce((a, b) -> b);
    OptionalLong verschil = OptionalLong.empty();
    Optional<Boolean> gewijzigd = Optional.empty();
    if (nu.isPresent() && vorig.isPresent()) {
      OptionalLong a = maat(vorig.get().rij());
      OptionalLong b = maat(nu.get().rij());
      if (a.isPresent() && b.isPresent()) {
        verschil = OptionalLong.of(b.getAsLong() - a.getAsLong());
        long n0 = n(vorig.get().rij());
        long n1 = n(nu.get().rij());
        gewijzigd = Optional.of(20 * Math.abs(n1 - n0) > n0);
      }
    }
    return new Rijreeks(sleutel, label, waarden, vorig.map(Jaarwaarde::verslagjaar), verschil, gewijzigd, overgangen);
  }

  /**
   * What a row's verschil compares: its printed percentage (count and mean rows), a sum row's value.
   *
   * @param rij the row, not null
   * @return the value, empty for an undefined or suppressed percentage
   */
  public static OptionalLong maat(Rij rij) {
    DomainValidationException.requireNonNull(rij, "rij");
    if (rij instanceof Somrij s) {
      return OptionalLong.of(s.waarde());
    }
    var p = rij instanceof Telrij t ? t.percentage() : ((Gemiddelderij) rij).percentage();
    return p.isPresent() ? OptionalLong.of(p.getAsInt()) : OptionalLong.empty();
  }

  /** The population a row's value is over: its noemer, or its number of gemeenten. */
  private static long n(Rij rij) {
    if (rij instanceof Telrij t) {
      return t.noemer();
    }
    return rij instanceof Somrij s ? s.aantalGemeenten() : ((Gemiddelderij) rij).aantalGemeenten();
  }

  /**
   * The 2×2 of one row between two documents, in the latest layout: a gemeente counts when both
   * hold it, comparable, and it is in the row's noemer in both; each year's yes or no is that of
   * the registry's row computed on the gemeente's answer alone.
   */
  private static Overgangen overgangen(String tabel, String sleutel, Verslagjaar van, Verslagjaar naar,
      List<Map<Gemeentecode, Rapport>> eigen) {
    long[] cellen = new long[4];
    long aantal = 0;
    for (Map.Entry<Gemeentecode, Rapport> e : eigen.get(1).entrySet()) {
      Optional<Boolean> voor = Optional.ofNullable(eigen.get(0).get(e.getKey())).flatMap(r -> ja(r, tabel, sleutel));
      Optional<Boolean> na = ja(e.getValue(), tabel, sleutel);
      if (voor.isPresent() && na.isPresent()) {
        aantal++;
        cellen[(voor.get() ? 0 : 2) + (na.get() ? 0 : 1)]++;
      }
    }
    return new Overgangen(van, naar, aantal, OptionalLong.of(cellen[0]), OptionalLong.of(cellen[1]), OptionalLong.of(cellen[2]),
        OptionalLong.of(cellen[3]), false);
  }

  /** Whether a gemeente's own report counts it in the row: empty when it is not in the row's noemer. */
  private static Optional<Boolean> ja(Rapport eigen, String tabel, String sleutel) {
    Telrij rij = (Telrij) eigen.tabel(tabel).orElseThrow().rij(sleutel).orElseThrow();
    return rij.noemer() == 0 ? Optional.empty() : Optional.of(rij.aantal().getAsLong() == 1);
  }

  /**
   * Finds a table by its id.
   *
   * @param id the id, not null
   * @return the table, empty if there is none
   */
  public Optional<Tabelreeks> tabel(String id) {
    DomainValidationException.requireNonNull(id, "id");
    return tabellen.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns this comparison with small-cell suppression (docs/jaren.md §5a): every count-row value,
   * documented or published, with 0 &lt; aantal &lt; k loses its count and percentage, and every
   * transition cell with 0 &lt; n &lt; k its count; a row whose last or previous value lost its
   * percentage has no verschil. Noemers, numbers of gemeenten, sums, means and the cohort are never
   * suppressed.
   *
   * @param k the smallest count that may be shown, at least 2
   * @return the suppressed comparison, not null
   * @throws DomainValidationException if {@code k < 2}
   */
  public Vergelijking onderdruk(int k) {
    if (k < 2) {
      throw new DomainValidationException("k", "must be at least 2", k);
    }
    Verslagjaar laatste = jaren.get(jaren.size() - 1);
    List<Tabelreeks> t = tabellen.stream().map(tabel -> new Tabelreeks(tabel.id(), tabel.titel(), tabel.rijen().stream()
        .map(r -> rijreeks(r.sleutel(), r.label(), r.jaren().stream().map(w -> new Jaarwaarde(w.verslagjaar(), w.bron(),
            w.rij() instanceof Telrij tel ? tel.onderdruk(k) : w.rij(), w.bronvermelding())).toList(), laatste,
            r.overgangen().map(o -> o.onderdruk(k)))).toList())).toList();
    return new Vergelijking(jaren, documenten, t, cohort);
  }
}
