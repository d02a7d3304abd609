package nl.lea.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;

/** What the library is measured against. */
public final class Baselines {

  private Baselines() {}

  /**
   * The toddlers packed one {@code int} each, as the fastest hand loop wants them: bits 0–8 the
   * indicator mask, bit 9 ve, bit 10 ve age, bits 18–31 the gemeente number (no library types); in
   * generation order.
   */
  public static int[] gepakt(Registerdata d) {
    int[] p = new int[d.n];
    for (int i = 0; i < d.n; i++) {
      boolean veLeeftijd = d.leeftijd[i] >= 30 && d.leeftijd[i] < 48;
      p[i] = d.masker[i] | (d.ve[i] ? 1 << 9 : 0) | (veLeeftijd ? 1 << 10 : 0) | d.gemeente[i] << 18;
    }
    return p;
  }

  /**
   * The same packed ints laid out as the library holds them: grouped by gemeente, the toddlers of
   * ve age first in each; {@code vanTot[2k]..vanTot[2k + 1]} are the ve-age toddlers of the k-th
   * gemeente.
   */
  public record Gegroepeerd(int[] peuters, int[] vanTot, int[] gemeente) {}

  /** Groups the packed ints by gemeente, ve age first (a plain sort on a derived key). */
  public static Gegroepeerd gegroepeerd(int[] gepakt) {
    long[] sleutel = new long[gepakt.length];
    for (int i = 0; i < gepakt.length; i++) {
      int p = gepakt[i];
      sleutel[i] = (long) (p >>> 18) << 33 | (long) (1 - (p >>> 10 & 1)) << 32 | (p & 0xFFFF_FFFFL);
    }
    java.util.Arrays.sort(sleutel);
    int n = gepakt.length;
    int[] peuters = new int[n];
    for (int i = 0; i < n; i++) {
      peuters[i] = (int) sleutel[i];
    }
    List<Integer> vanTot = new ArrayList<>();
    List<Integer> gemeenten = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int g = peuters[i] >>> 18;
      vanTot.add(i);
      while (i < n && peuters[i] >>> 18 == g && (peuters[i] & 1 << 10) != 0) {
        i++;
      }
      vanTot.add(i);
      while (i < n && peuters[i] >>> 18 == g) {
        i++;
      }
      gemeenten.add(g);
    }
    return new Gegroepeerd(peuters, vanTot.stream().mapToInt(Integer::intValue).toArray(),
        gemeenten.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The decision table of a definition over mask and ve ({@code mask | ve << 9}) of a toddler of ve
   * age: 1 in the low half of a {@code long} for a doelgroeppeuter, 1 in the high half when it
   * also attends ve.
   */
  public static long[] tabel(int[] clausules) {
    long[] t = new long[1024];
    for (int b = 0; b < 1024; b++) {
      boolean doelgroep = false;
      for (int c : clausules) {
        doelgroep |= ((b & 511) & c) == c;
      }
      if (doelgroep) {
        t[b] = (b & (1 << 9)) != 0 ? 1 | 1L << 32 : 1;
      }
    }
    return t;
  }

  /**
   * The limit: the fastest hand loop over the grouped ints, one table look-up and one addition in a
   * register per toddler of ve age, no branches, no library types. Returns {doelgroep[],
   * bereikt[]} of the k-th gemeente ({@code r.gemeente()[k]}), as the library does.
   */
  public static long[][] limiet(Gegroepeerd r, long[] tabel) {
    int[] p = r.peuters();
    int[] vanTot = r.vanTot();
    int n = r.gemeente().length;
    long[] doelgroep = new long[n];
    long[] bereikt = new long[n];
    for (int k = 0; k < n; k++) {
      long som = som(p, vanTot[2 * k], vanTot[2 * k + 1], tabel);
      doelgroep[k] = som & 0xFFFF_FFFFL;
      bereikt[k] = som >>> 32;
    }
    return new long[][] {doelgroep, bereikt};
  }

  /** The inner loop on its own, so that the compiler optimises it as one small loop. */
  private static long som(int[] p, int van, int tot, long[] tabel) {
    long som = 0;
    for (int i = van; i < tot; i++) {
      som += tabel[p[i] & 1023];
    }
    return som;
  }

  /**
   * The decision table of the library's ungrouped loop ({@link #ongegroepeerd}), over the low 11
   * bits ({@code mask | ve << 9 | veAge << 10}): bit 0 for a doelgroeppeuter, bit 1 when it also
   * attends ve.
   */
  public static byte[] beslissingen(int[] clausules) {
    byte[] t = new byte[2048];
    long[] veLeeftijd = tabel(clausules);
    for (int b = 1024; b < 2048; b++) {
      long v = veLeeftijd[b & 1023];
      t[b] = (byte) ((v & 1) | (v >>> 32) << 1);
    }
    return t;
  }

  /**
   * The library's single-definition loop before the register was grouped (as of commit 6a3e059,
   * the first of issue #14): over the packed ints in the order they came, one look-up in {@link
   * #beslissingen} and two additions to counters by gemeente number, no branches. When #14 was filed
   * the loop also counted every toddler, a third addition, so it was if anything slower than this.
   * Returns {doelgroep[], bereikt[]} by gemeente number, as {@link #lus} does.
   */
  public static long[][] ongegroepeerd(int[] gepakt, byte[] beslissingen) {
    long[] doelgroep = new long[10_000];
    long[] bereikt = new long[10_000];
    for (int p : gepakt) {
      int g = p >>> 18;
      int beslissing = beslissingen[p & 2047];
      doelgroep[g] += beslissing & 1;
      bereikt[g] += beslissing >>> 1;
    }
    return new long[][] {doelgroep, bereikt};
  }

  /** The memory-bandwidth reference: one pass that only sums the packed array. */
  public static long bandbreedte(int[] gepakt) {
    long som = 0;
    for (int p : gepakt) {
      som += p;
    }
    return som;
  }

  /**
   * The branchy loop that was called the limit before: a hand-written loop over plain arrays of
   * masks with the clause masks of the definition. Returns {doelgroep[], bereikt[]}.
   */
  public static long[][] lus(Registerdata d, int[] clausules) {
    long[] doelgroep = new long[10_000];
    long[] bereikt = new long[10_000];
    int[] gemeente = d.gemeente;
    int[] leeftijd = d.leeftijd;
    int[] masker = d.masker;
    boolean[] ve = d.ve;
    for (int i = 0; i < d.n; i++) {
      int a = leeftijd[i];
      if (a >= 30 && a < 48) {
        int m = masker[i];
        for (int c : clausules) {
          if ((m & c) == c) {
            doelgroep[gemeente[i]]++;
            if (ve[i]) {
              bereikt[gemeente[i]]++;
            }
            break;
          }
        }
      }
    }
    return new long[][] {doelgroep, bereikt};
  }

  /** The clause masks of a definition. */
  public static int[] clausules(Doelgroepdefinitie def) {
    return def.clausules().stream().mapToInt(c -> {
      int m = 0;
      for (DoelgroepIndicator i : c) {
        m |= 1 << i.ordinal();
      }
      return m;
    }).toArray();
  }

  /** One toddler as a user without the library would hold it. */
  public record Kind(String gemeente, int leeftijdInMaanden, Set<DoelgroepIndicator> indicatoren, boolean veDeelname) {}

  /** The records as objects, for the naive baseline. */
  public static List<Kind> kinderen(Registerdata d) {
    List<Kind> lijst = new ArrayList<>(d.n);
    for (int i = 0; i < d.n; i++) {
      lijst.add(new Kind(String.format("GM%04d", d.gemeente[i]), d.leeftijd[i], d.indicatoren(i), d.ve[i]));
    }
    return lijst;
  }

  /** The naive way: a stream, {@code EnumSet.containsAll} per clause, {@code groupingBy} per gemeente. */
  public static Map<String, long[]> naief(List<Kind> kinderen, List<EnumSet<DoelgroepIndicator>> clausules) {
    return kinderen.stream()
        .filter(k -> k.leeftijdInMaanden() >= 30 && k.leeftijdInMaanden() < 48)
        .filter(k -> clausules.stream().anyMatch(c -> k.indicatoren().containsAll(c)))
        .collect(Collectors.groupingBy(Kind::gemeente, Collectors.reducing(new long[2],
            k -> new long[] {1, k.veDeelname() ? 1 : 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})));
  }

  /** The clauses as EnumSets, for the naive baseline. */
  public static List<EnumSet<DoelgroepIndicator>> enumClausules(Doelgroepdefinitie def) {
    return def.clausules().stream().map(EnumSet::copyOf).collect(Collectors.toList());
  }

  /** One JSON Lines record bound by plain Jackson databind. */
  public static final class Regel {
    public String id;
    public String gemeente;
    public int leeftijdInMaanden;
    public List<String> indicatoren;
    public boolean veDeelname;
  }
}
