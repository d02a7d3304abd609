package nl.lea.bereik;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import org.apiguardian.api.API;

/**
 * A register summarised in one pass, for answering any number of candidate doelgroepdefinities
 * without touching the records again (docs/domein.md §3.13): per gemeente, per set of indicators
 * (512) and per ve attendance, the number of toddlers of ve age (30 ≤ months &lt; 48); and which
 * gemeenten occur at all.
 *
 * <p>{@link #tel(Indicatie)} gives exactly what {@link Peuterregister#tel(Indicatie)} gives for the
 * same records; {@link #tel(List)} does so for a list of definitions. A definition is answered from
 * sums over indicator sets, made with the summary: with its minimal clauses C₁…Cₖ the doelgroep is
 * counted by inclusion–exclusion over the numbers of toddlers whose indicators include ∪J for each
 * non-empty J ⊆ {C₁…Cₖ} (terms with the same union added up). A definition of more than eight
 * clauses is counted directly over its doelgroep sets, or as all toddlers less those outside it,
 * whichever is fewer. Either way a definition costs a few vector additions per gemeente, whatever
 * the register's size. For example:
 *
 * <pre>{@code
 * Registeroverzicht overzicht = register.overzicht();            // one pass
 * List<PeuterTelling> tellingen = overzicht.tel(List.of(Indicatie.van(a), Indicatie.van(b)));
 * }</pre>
 *
 * <p>Summaries are mergeable: {@link #merge} is associative and commutative with {@link #LEEG} as
 * identity, so registers split over machines or files give the summary of their union. A summary
 * holds at most {@link Integer#MAX_VALUE} toddlers of ve age (any {@link Peuterregister} fits);
 * merging or adding beyond that throws {@link ArithmeticException}. This class is immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Registeroverzicht {

  /** The summary of no records: the identity of {@link #merge}. */
  public static final Registeroverzicht LEEG = new Registeroverzicht(new Gemeentecode[0], new int[0], new int[0], 0);

  private static final int SETS = 512;
  private static final int SLEUTELS = 2 * SETS;
  private static final int VE = 1 << 9;
  private static final int VE_LEEFTIJD = 1 << 10;
  /** Up to this many minimal clauses a definition is counted by inclusion–exclusion (255 terms at most). */
  private static final int MAX_CLAUSULES = 8;
  /** Gemeenten per block when rows are laid out by key. */
  private static final int BLOK = 16;

  /** The gemeenten that occur, ascending. */
  private final Gemeentecode[] codes;
  /**
   * The counts of ve-age toddlers, by gemeente (its index {@code r} in {@link #codes}) and key
   * ({@code set | ve << 9}): {@code tellingen[r * 1024 + sleutel]}.
   */
  private final int[] tellingen;
  /** The number of ve-age toddlers, at most {@link Integer#MAX_VALUE}. */
  private final long totaal;
  /**
   * The sums over supersets, by key and gemeente ({@code sommen[sleutel * n + r]}): at key X
   * without the ve bit, the toddlers whose set includes X; at X with the ve bit, those of them that
   * attend ve.
   */
  private final int[] sommen;

  private Registeroverzicht(Gemeentecode[] codes, int[] tellingen, int[] sommen, long totaal) {
    this.codes = codes;
    this.tellingen = tellingen;
    this.sommen = sommen;
    this.totaal = totaal;
  }

  /** Fills row {@code r}'s counts, {@code rij[sleutel]}, into a zeroed row. */
  @FunctionalInterface
  private interface Vuller {
    void vul(int r, int[] rij);
  }

  /**
   * Makes a summary gemeente by gemeente: each row of counts is filled where it stays in the
   * cache, copied out, turned into its sums over supersets and copied out again.
   */
  private static Registeroverzicht maak(Gemeentecode[] codes, long totaal, Vuller vuller) {
    int n = codes.length;
    int[] tellingen = new int[SLEUTELS * n];
    int[] sommen = new int[SLEUTELS * n];
    int[] rij = new int[SLEUTELS];
    int[] a = new int[SLEUTELS];
    int[] b = new int[SLEUTELS];
    for (int r = 0; r < n; r++) {
      Arrays.fill(rij, 0);
      vuller.vul(r, rij);
      System.arraycopy(rij, 0, tellingen, r * SLEUTELS, SLEUTELS);
      System.arraycopy(bovensommen(rij, a, b), 0, sommen, r * SLEUTELS, SLEUTELS);
    }
    return new Registeroverzicht(codes, tellingen, kolommen(sommen, n), totaal);
  }

  /**
   * Lays rows out by key instead ({@code [sleutel * n + r]}), so that a definition reads each of
   * its terms as one contiguous run; blocks of {@link #BLOK} gemeenten keep reads and writes in the
   * cache.
   */
  private static int[] kolommen(int[] rijen, int n) {
    int[] uit = new int[rijen.length];
    for (int van = 0; van < n; van += BLOK) {
      int tot = Math.min(n, van + BLOK);
      for (int x = 0; x < SLEUTELS; x++) {
        for (int r = van, o = x * n + van; r < tot; r++, o++) {
          uit[o] = rijen[r * SLEUTELS + x];
        }
      }
    }
    return uit;
  }

  /**
   * The sums over supersets of one row, over all ten bits of the key: the classic transform one bit
   * at a time, the three low bits together in registers, the others between two buffers (so that
   * the compiler may use vector instructions).
   */
  private static int[] bovensommen(int[] rij, int[] a, int[] b) {
    for (int x = 0; x < SLEUTELS; x += 8) {
      int r0 = rij[x];
      int r1 = rij[x + 1];
      int r2 = rij[x + 2];
      int r3 = rij[x + 3];
      int r4 = rij[x + 4];
      int r5 = rij[x + 5];
      int r6 = rij[x + 6];
      int r7 = rij[x + 7];
      r0 += r1;
      r2 += r3;
      r4 += r5;
      r6 += r7;
      r0 += r2;
      r1 += r3;
      r4 += r6;
      r5 += r7;
      a[x] = r0 + r4;
      a[x + 1] = r1 + r5;
      a[x + 2] = r2 + r6;
      a[x + 3] = r3 + r7;
      a[x + 4] = r4;
      a[x + 5] = r5;
      a[x + 6] = r6;
      a[x + 7] = r7;
    }
    int[] in = a;
    int[] uit = b;
    for (int bit = 8; bit < SLEUTELS; bit <<= 1) {
      for (int hoog = 0; hoog < SLEUTELS; hoog += 2 * bit) {
        for (int k = hoog, eind = hoog + bit; k < eind; k++) {
          uit[k] = in[k] + in[k + bit];
          uit[k + bit] = in[k + bit];
        }
      }
      int[] t = in;
      in = uit;
      uit = t;
    }
    return in;
  }

  /**
   * The one pass over a grouped register (see {@link Peuterregister}): the toddlers of ve age of
   * each gemeente, one increment each in a row that stays in the cache.
   */
  static Registeroverzicht van(int[] peuters, int[] blok, Gemeentecode[] codes) {
    long totaal = 0;
    for (int r = 0; r < codes.length; r++) {
      totaal += blok[2 * r + 1] - blok[2 * r];
    }
    return maak(codes.clone(), totaal, (r, rij) -> {
      for (int i = blok[2 * r], tot = blok[2 * r + 1]; i < tot; i++) {
        rij[peuters[i] & (SLEUTELS - 1)]++;
      }
    });
  }

  /**
   * Summarises toddler records one by one, in constant memory whatever their number.
   *
   * @param peuters the records, not null
   * @return the summary, not null
   * @throws DomainValidationException if the records are null or hold null
   * @throws ArithmeticException if more than {@link Integer#MAX_VALUE} of them are of ve age
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
    private final int[][] rijen = new int[Peuterregister.GEMEENTEN][];
    private long totaal;

    private Builder() {}

    /**
     * Adds one record.
     *
     * @param peuter the record, not null
     * @return this builder
     * @throws DomainValidationException if the record is null
     * @throws ArithmeticException if this would be toddler {@link Integer#MAX_VALUE} + 1 of ve age
     */
    public Builder add(Peuter peuter) {
      int p = Peuterregister.pak(DomainValidationException.requireNonNull(peuter, "peuter"));
      int g = p >>> Peuterregister.GEMEENTE_SCHUIF;
      if (rijen[g] == null) {
        rijen[g] = new int[SLEUTELS];
      }
      if ((p & VE_LEEFTIJD) != 0) {
        totaal = binnenGrens(totaal + 1);
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
      List<int[]> rij = new ArrayList<>();
      for (int g = 0; g < rijen.length; g++) {
        if (rijen[g] != null) {
          codes.add(Gemeentecode.of(g));
          rij.add(rijen[g]);
        }
      }
      return maak(codes.toArray(new Gemeentecode[0]), totaal,
          (r, uit) -> System.arraycopy(rij.get(r), 0, uit, 0, SLEUTELS));
    }
  }

  private static long binnenGrens(long totaal) {
    if (totaal > Integer.MAX_VALUE) {
      throw new ArithmeticException("a Registeroverzicht holds at most " + Integer.MAX_VALUE
          + " toddlers of ve age, was " + totaal);
    }
    return totaal;
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
    long[] doelgroep = new long[codes.length];
    long[] bereikt = new long[codes.length];
    int[] clausules = indicatie.minimaleClausules();
    if (clausules.length <= MAX_CLAUSULES) {
      inclusieExclusie(clausules, doelgroep, bereikt);
    } else {
      direct(indicatie, doelgroep, bereikt);
    }
    return PeuterTelling.uit(codes, doelgroep, bereikt);
  }

  /**
   * Counts by inclusion–exclusion over the sums: Σ over the unions X of the clauses of coef[X]
   * times the toddlers whose set includes X. Each term is one contiguous run of {@link #sommen}.
   * The sums are in int arithmetic: terms may wrap, but every true count lies in 0..{@link
   * #totaal}, so the wrapped sum is the true count.
   */
  private void inclusieExclusie(int[] clausules, long[] doelgroep, long[] bereikt) {
    // coef[X]: the sum of (−1)^(|J|+1) over the non-empty subsets J of the clauses with ∪J = X.
    int[] coef = new int[SETS];
    int[] unie = new int[1 << clausules.length];
    for (int j = 1; j < unie.length; j++) {
      unie[j] = unie[j & (j - 1)] | clausules[Integer.numberOfTrailingZeros(j)];
      coef[unie[j]] += (Integer.bitCount(j) & 1) == 1 ? 1 : -1;
    }
    int n = codes.length;
    int[] d = new int[n];
    int[] b = new int[n];
    for (int j = 1; j < unie.length; j++) {
      int x = unie[j];
      int c = coef[x];
      if (c != 0) {
        coef[x] = 0;
        for (int i = 0, alle = x * n, ve = (x | VE) * n; i < n; i++) {
          d[i] += c * sommen[alle + i];
          b[i] += c * sommen[ve + i];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      doelgroep[i] = d[i];
      bereikt[i] = b[i];
    }
  }

  /**
   * Counts a definition of many clauses from the counts themselves: over its doelgroep sets, or as
   * all toddlers (the sums at the empty set) less those of the other sets, whichever is fewer.
   */
  private void direct(Indicatie indicatie, long[] doelgroep, long[] bereikt) {
    int binnen = 0;
    for (int x = 0; x < SETS; x++) {
      binnen += indicatie.isDoelgroep(x) ? 1 : 0;
    }
    boolean opgeteld = binnen <= SETS - binnen;
    int n = codes.length;
    if (!opgeteld) {
      for (int r = 0; r < n; r++) {
        doelgroep[r] = sommen[r];
        bereikt[r] = sommen[VE * n + r];
      }
    }
    int c = opgeteld ? 1 : -1;
    for (int x = 0; x < SETS; x++) {
      if (indicatie.isDoelgroep(x) == opgeteld) {
        for (int r = 0, rij = 0; r < n; r++, rij += SLEUTELS) {
          long ve = tellingen[rij + (x | VE)];
          doelgroep[r] += c * (tellingen[rij + x] + ve);
          bereikt[r] += c * ve;
        }
      }
    }
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
   * @throws ArithmeticException if together they hold more than {@link Integer#MAX_VALUE}
   *     toddlers of ve age
   */
  public Registeroverzicht merge(Registeroverzicht other) {
    DomainValidationException.requireNonNull(other, "other");
    long samenTotaal = binnenGrens(totaal + other.totaal);
    TreeSet<Gemeentecode> alle = new TreeSet<>(Arrays.asList(codes));
    alle.addAll(Arrays.asList(other.codes));
    Gemeentecode[] samen = alle.toArray(new Gemeentecode[0]);
    int n = samen.length;
    int[] t = new int[SLEUTELS * n];
    for (Registeroverzicht deel : List.of(this, other)) {
      int m = deel.codes.length;
      for (int j = 0; j < m; j++) {
        int i = Arrays.binarySearch(samen, deel.codes[j]);
        for (int s = 0; s < SLEUTELS; s++) {
          // Cannot overflow: the whole is at most Integer.MAX_VALUE.
          t[i * SLEUTELS + s] += deel.tellingen[j * SLEUTELS + s];
        }
      }
    }
    return maak(samen, samenTotaal, (r, uit) -> System.arraycopy(t, r * SLEUTELS, uit, 0, SLEUTELS));
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
