package nl.lea.bereik;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import org.apiguardian.api.API;

/**
 * A register summarised in one pass, for answering any number of candidate doelgroepdefinities
 * without touching the records again (docs/domein.md §3.13): per gemeente, per set of indicators
 * (512) and per ve attendance, the number of toddlers of ve age (30 ≤ months &lt; 48); and which
 * gemeenten occur at all.
 *
 * <p>{@link #tel(Indicatie)} gives exactly what {@link Peuterregister#tel(Indicatie)} gives for the
 * same records; {@link #tel(List)} does so for a list of definitions. A definition is answered from
 * sums over indicator sets: with its clauses C₁…Cₖ the doelgroep is counted by inclusion–exclusion
 * over the sums of toddlers whose indicators include ∪J for each non-empty J ⊆ {C₁…Cₖ} (terms with
 * the same union added up), or directly over its doelgroep sets when that is fewer — a few thousand
 * additions per definition, whatever the register's size. For example:
 *
 * <pre>{@code
 * Registeroverzicht overzicht = register.overzicht();            // one pass
 * List<PeuterTelling> tellingen = overzicht.tel(List.of(Indicatie.van(a), Indicatie.van(b)));
 * }</pre>
 *
 * <p>Summaries are mergeable: {@link #merge} is associative and commutative with {@link #LEEG} as
 * identity, so registers split over machines or files give the summary of their union. This class
 * is immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Registeroverzicht {

  /** The summary of no records: the identity of {@link #merge}. */
  public static final Registeroverzicht LEEG = new Registeroverzicht(new Gemeentecode[0], new long[0]);

  private static final int SETS = 512;
  private static final int SLEUTELS = 2 * SETS;
  private static final int VE = 1 << 9;
  private static final int VE_LEEFTIJD = 1 << 10;

  /** The gemeenten that occur, ascending. */
  private final Gemeentecode[] codes;
  /**
   * Per gemeente (row) 1,024 counts of ve-age toddlers: index {@code set | ve << 9}. Laid out by
   * set for the sums: {@code tellingen[sleutel * g + rij]}.
   */
  private final long[] tellingen;
  /** Per set X and gemeente: toddlers whose set includes X (all, and attending ve). Made on first use. */
  private volatile long[][] sommen;

  private Registeroverzicht(Gemeentecode[] codes, long[] tellingen) {
    this.codes = codes;
    this.tellingen = tellingen;
  }

  /**
   * The one pass over packed toddlers (see {@link Peuterregister}), whose gemeenten are known:
   * one increment per toddler, no branch.
   */
  static Registeroverzicht van(int[] peuters, boolean[] aanwezig) {
    int[] rij = new int[Peuterregister.GEMEENTEN];
    List<Gemeentecode> codes = new ArrayList<>();
    for (int g = 0; g < aanwezig.length; g++) {
      if (aanwezig[g]) {
        rij[g] = codes.size();
        codes.add(Gemeentecode.of(g));
      }
    }
    int n = codes.size();
    int[] tel = new int[n * SLEUTELS + 1];
    int afval = n * SLEUTELS;
    for (int p : peuters) {
      int r = rij[p >>> Peuterregister.GEMEENTE_SCHUIF];
      // Toddlers outside the ve age land in one spare cell.
      int veLeeftijd = -((p >>> 10) & 1);
      tel[(r << 10 | p & (SLEUTELS - 1)) & veLeeftijd | afval & ~veLeeftijd]++;
    }
    long[] tellingen = new long[SLEUTELS * n];
    for (int r = 0; r < n; r++) {
      for (int s = 0; s < SLEUTELS; s++) {
        tellingen[s * n + r] = tel[r * SLEUTELS + s];
      }
    }
    return new Registeroverzicht(codes.toArray(new Gemeentecode[0]), tellingen);
  }

  /**
   * Summarises toddler records one by one, in constant memory whatever their number.
   *
   * @param peuters the records, not null
   * @return the summary, not null
   * @throws DomainValidationException if the records are null or hold null
   */
  public static Registeroverzicht van(Iterable<Peuter> peuters) {
    Builder b = builder();
    DomainValidationException.requireNonNull(peuters, "peuters").forEach(b::add);
    return b.build();
  }

  /**
   * Starts a summary to which records are added one by one (a JSON Lines file, a stream).
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds toddler records to a summary one by one. Not thread-safe; build one per thread and
   * {@link Registeroverzicht#merge merge}. For example, {@code
   * Registeroverzicht.builder().add(peuter).build()}.
   */
  public static final class Builder {
    private final long[][] rijen = new long[Peuterregister.GEMEENTEN][];

    private Builder() {}

    /**
     * Adds one record.
     *
     * @param peuter the record, not null
     * @return this builder
     * @throws DomainValidationException if the record is null
     */
    public Builder add(Peuter peuter) {
      int p = Peuterregister.pak(DomainValidationException.requireNonNull(peuter, "peuter"));
      int g = p >>> Peuterregister.GEMEENTE_SCHUIF;
      if (rijen[g] == null) {
        rijen[g] = new long[SLEUTELS];
      }
      if ((p & VE_LEEFTIJD) != 0) {
        rijen[g][p & (SLEUTELS - 1)]++;
      }
      return this;
    }

    /**
     * Builds the summary of the records added so far.
     *
     * @return the summary, not null
     */
    public Registeroverzicht build() {
      List<Gemeentecode> codes = new ArrayList<>();
      List<long[]> rij = new ArrayList<>();
      for (int g = 0; g < rijen.length; g++) {
        if (rijen[g] != null) {
          codes.add(Gemeentecode.of(g));
          rij.add(rijen[g]);
        }
      }
      int n = codes.size();
      long[] tellingen = new long[SLEUTELS * n];
      for (int r = 0; r < n; r++) {
        for (int s = 0; s < SLEUTELS; s++) {
          tellingen[s * n + r] = rij.get(r)[s];
        }
      }
      return new Registeroverzicht(codes.toArray(new Gemeentecode[0]), tellingen);
    }
  }

  /**
   * Gets the gemeenten that occur in the records.
   *
   * @return the codes, ascending, not null
   */
  public List<Gemeentecode> gemeenten() {
    return List.of(codes);
  }

  /**
   * Counts one definition: the same as {@link Peuterregister#tel(Indicatie)} on the records.
   *
   * @param indicatie the compiled definition, not null
   * @return the counts of every gemeente that occurs, not null
   */
  public PeuterTelling tel(Indicatie indicatie) {
    DomainValidationException.requireNonNull(indicatie, "indicatie");
    long[][] s = sommen();
    int n = codes.length;
    long[] d = new long[n];
    long[] b = new long[n];
    long[] coef = coefficienten(indicatie);
    int termen = 0;
    int doelgroepSets = 0;
    for (int x = 0; x < SETS; x++) {
      termen += coef[x] != 0 ? 1 : 0;
      doelgroepSets += indicatie.isDoelgroep(x) ? 1 : 0;
    }
    if (termen <= doelgroepSets) {
      // Inclusion–exclusion over the sums of supersets.
      for (int x = 0; x < SETS; x++) {
        long c = coef[x];
        if (c != 0) {
          int basis = x * n;
          for (int i = 0; i < n; i++) {
            d[i] += c * s[0][basis + i];
            b[i] += c * s[1][basis + i];
          }
        }
      }
    } else {
      for (int x = 0; x < SETS; x++) {
        if (indicatie.isDoelgroep(x)) {
          int zonder = x * n;
          int met = (x | VE) * n;
          for (int i = 0; i < n; i++) {
            b[i] += tellingen[met + i];
            d[i] += tellingen[zonder + i] + tellingen[met + i];
          }
        }
      }
    }
    return PeuterTelling.uit(codes, d, b);
  }

  /**
   * Counts a list of definitions, each exactly as {@link #tel(Indicatie)}.
   *
   * @param indicaties the compiled definitions, in order (repeats allowed), not null
   * @return one counting per definition, in the same order, not null
   */
  public List<PeuterTelling> tel(List<Indicatie> indicaties) {
    DomainValidationException.requireNoNulls(indicaties, "indicaties");
    List<PeuterTelling> uit = new ArrayList<>(indicaties.size());
    for (Indicatie i : indicaties) {
      uit.add(tel(i));
    }
    return uit;
  }

  /**
   * Combines the summaries of two disjoint record sets into that of their union.
   *
   * @param other the other summary, not null
   * @return the combined summary, not null
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Registeroverzicht merge(Registeroverzicht other) {
    DomainValidationException.requireNonNull(other, "other");
    java.util.TreeSet<Gemeentecode> alle = new java.util.TreeSet<>(Arrays.asList(codes));
    alle.addAll(Arrays.asList(other.codes));
    Gemeentecode[] samen = alle.toArray(new Gemeentecode[0]);
    int n = samen.length;
    long[] t = new long[SLEUTELS * n];
    for (Registeroverzicht deel : List.of(this, other)) {
      for (int j = 0; j < deel.codes.length; j++) {
        int i = Arrays.binarySearch(samen, deel.codes[j]);
        for (int s = 0; s < SLEUTELS; s++) {
          t[s * n + i] = Som.optellen(t[s * n + i], deel.tellingen[s * deel.codes.length + j], "number of toddlers");
        }
      }
    }
    return new Registeroverzicht(samen, t);
  }

  /**
   * The inclusion–exclusion coefficient of each union of clauses: Σ over the non-empty subsets J
   * of the clauses with ∪J = X of (−1)^(|J|+1). Clauses that include another are left out first
   * (they change nothing), so the coefficients stay few.
   */
  private static long[] coefficienten(Indicatie indicatie) {
    List<Integer> clausules = new ArrayList<>();
    for (Set<DoelgroepIndicator> c : indicatie.definitie().clausules()) {
      clausules.add(Indicatie.masker(c));
    }
    List<Integer> minimaal = new ArrayList<>();
    for (int c : clausules) {
      boolean overbodig = false;
      for (int o : clausules) {
        if (o != c && (o & c) == o) {
          overbodig = true;
          break;
        }
      }
      if (!overbodig && !minimaal.contains(c)) {
        minimaal.add(c);
      }
    }
    long[] coef = new long[SETS];
    int k = minimaal.size();
    if (k > 20) {
      // More clauses than inclusion–exclusion is worth: the caller counts directly.
      Arrays.fill(coef, 1);
      return coef;
    }
    // coef[X] over the subsets, built one clause at a time: adding clause c to every subset so far.
    long[] vorige = new long[SETS];
    for (int c : minimaal) {
      long[] nieuw = vorige.clone();
      nieuw[c] += 1;
      for (int x = 0; x < SETS; x++) {
        if (vorige[x] != 0) {
          nieuw[x | c] -= vorige[x];
        }
      }
      vorige = nieuw;
    }
    return vorige;
  }

  /** The sums over supersets, computed once: s[0] all toddlers, s[1] those attending ve. */
  private long[][] sommen() {
    long[][] s = sommen;
    if (s == null) {
      int n = codes.length;
      long[] alle = new long[SETS * n];
      long[] ve = new long[SETS * n];
      for (int x = 0; x < SETS; x++) {
        for (int i = 0; i < n; i++) {
          long met = tellingen[(x | VE) * n + i];
          alle[x * n + i] = tellingen[x * n + i] + met;
          ve[x * n + i] = met;
        }
      }
      for (int bit = 1; bit < SETS; bit <<= 1) {
        for (int x = 0; x < SETS; x++) {
          if ((x & bit) == 0) {
            int doel = x * n;
            int bron = (x | bit) * n;
            for (int i = 0; i < n; i++) {
              alle[doel + i] += alle[bron + i];
              ve[doel + i] += ve[bron + i];
            }
          }
        }
      }
      s = new long[][] {alle, ve};
      sommen = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Registeroverzicht && Arrays.equals(codes, ((Registeroverzicht) obj).codes)
        && Arrays.equals(tellingen, ((Registeroverzicht) obj).tellingen);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codes) * 31 + Arrays.hashCode(tellingen);
  }

  @Override
  public String toString() {
    return "Registeroverzicht" + List.of(codes);
  }
}
