package nl.lea.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;
import nl.lea.core.vve.DoelgroepIndicator;

/**
 * The fast path for one {@code lea-peuters/1} line: a single pass over the bytes of a record in
 * the plain form registers export (ASCII strings without escapes, integers without sign, fraction
 * or exponent, the five known fields at most once each) straight into a {@link Peuter}.
 *
 * <p>It accepts a strict subset of JSON and of the format's rules: whatever it accepts, the full
 * reader accepts too and reads as the same record (a property test checks this). For anything
 * else — any escape, non-ASCII character, unknown or repeated field, wrong type, out-of-range
 * value, malformed JSON — it returns {@code null}, and the caller reads the line again with the
 * full reader, which reports every error with its pointer. It reads a line into a {@link Peuter},
 * or, for the parallel reader, straight into a {@link PeuterConsumer} without any object. Not API.
 */
public final class PeuterSnel {

  private static final int N = DoelgroepIndicator.values().length;
  private static final byte[][] NAMEN = new byte[N][];
  /** The indicator set of every mask, shared. */
  private static final Set<DoelgroepIndicator>[] SETS = sets();

  /** The indicators by the length of their name. */
  private static final int[][] PER_LENGTE;

  static {
    int langste = 0;
    for (DoelgroepIndicator d : DoelgroepIndicator.values()) {
      NAMEN[d.ordinal()] = d.name().getBytes(StandardCharsets.US_ASCII);
      langste = Math.max(langste, d.name().length());
    }
    PER_LENGTE = new int[langste + 1][];
    for (int n = 0; n <= langste; n++) {
      final int lengte = n;
      PER_LENGTE[n] = java.util.stream.IntStream.range(0, N).filter(d -> NAMEN[d].length == lengte).toArray();
    }
  }

  private byte[] b;
  private int i;
  private int eind;
  /** Start and end of the last string read. */
  private int van;
  private int tot;
  /** The record read by {@link #ontleed()}. */
  private int idVan;
  private int idTot;
  private int gemeente;
  private int leeftijd;
  private int masker;
  private boolean ve;

  /**
   * A scanner over a buffer, for {@link #verwerk}: one per thread, reused for every line.
   *
   * @param bytes the buffer, not null
   */
  public PeuterSnel(byte[] bytes) {
    this.b = bytes;
  }

  @SuppressWarnings("unchecked")
  private static Set<DoelgroepIndicator>[] sets() {
    Set<DoelgroepIndicator>[] sets = new Set[1 << N];
    for (int m = 0; m < sets.length; m++) {
      EnumSet<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
      for (DoelgroepIndicator d : DoelgroepIndicator.values()) {
        if ((m & (1 << d.ordinal())) != 0) {
          set.add(d);
        }
      }
      sets[m] = Collections.unmodifiableSet(set);
    }
    return sets;
  }

  /**
   * Reads one line.
   *
   * @return the record, or null when the line needs the full reader (it may be invalid)
   */
  public static Peuter lees(byte[] bytes, int offset, int length) {
    PeuterSnel s = new PeuterSnel(bytes);
    s.i = offset;
    s.eind = offset + length;
    if (!s.ontleed() || s.i != s.eind) {
      return null;
    }
    return Peuter.of(new String(bytes, s.idVan, s.idTot - s.idVan, StandardCharsets.US_ASCII), Gemeentecode.of(s.gemeente),
        s.leeftijd, SETS[s.masker], s.ve);
  }

  /**
   * Reads the line that starts at {@code start} of a buffer whose lines up to {@code limiet} are
   * complete (each ends with a newline, except where {@code limiet} is the end of the data), and
   * hands the record to the consumer when the fast path takes it.
   *
   * @param bytes the buffer this scanner was made for, possibly grown since
   * @param start the first byte of the line
   * @param limiet the end of the complete lines
   * @param consumer receives the record
   * @return the index of the line's newline (or {@code limiet}) when the record was taken, -1 when
   *     the line needs the full reader
   */
  public int verwerk(byte[] bytes, int start, int limiet, PeuterConsumer consumer) {
    return verwerk(bytes, start, limiet, Integer.MAX_VALUE, consumer);
  }

  /**
   * Like {@link #verwerk(byte[], int, int, PeuterConsumer)}, for lines of at most {@code
   * maxLengte} bytes: a longer line is not taken (the caller reports it).
   */
  public int verwerk(byte[] bytes, int start, int limiet, int maxLengte, PeuterConsumer consumer) {
    b = bytes;
    i = start;
    eind = limiet;
    if (!(sjabloon() || ontleedOpnieuw(start)) || (i != eind && b[i] != '\n') || i - start > maxLengte) {
      return -1;
    }
    consumer.accept(gemeente, leeftijd, masker, ve);
    return i;
  }

  /** Whether the line at {@code start} takes the exact form of {@link #sjabloon()}: for tests. */
  static boolean viaSjabloon(byte[] bytes, int start, int limiet) {
    PeuterSnel s = new PeuterSnel(bytes);
    s.i = start;
    s.eind = limiet;
    return s.sjabloon() && (s.i == limiet || bytes[s.i] == '\n');
  }

  private boolean ontleedOpnieuw(int start) {
    i = start;
    return ontleed();
  }

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The bytes of {@code s} (ASCII, at most 8) as a little-endian long, and a mask of as many bytes. */
  private static long woord(String s) {
    long w = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      w = w << 8 | s.charAt(k);
    }
    return w;
  }

  private static long masker(int bytes) {
    return bytes == 8 ? -1L : (1L << (8 * bytes)) - 1;
  }

  private static final long ID = woord("{\"id\":\"");
  private static final long ID_MASKER = masker(7);
  private static final long GEM1 = woord("\",\"gemee");
  private static final long GEM2 = woord("nte\":\"GM");
  private static final long LEEF1 = woord("\",\"leeft");
  private static final long LEEF2 = woord("ijdInMaa");
  private static final long LEEF3 = woord("nden\":");
  private static final long LEEF3_MASKER = masker(6);
  private static final long IND1 = woord(",\"indica");
  private static final long IND2 = woord("toren\":[");
  private static final long VE1 = woord(",\"veDeel");
  private static final long VE2 = woord("name\":");
  private static final long VE2_MASKER = masker(6);
  private static final long WAAR = woord("true}");
  private static final long WAAR_MASKER = masker(5);
  private static final long ONWAAR = woord("false}");
  private static final long ONWAAR_MASKER = masker(6);
  // The shortest record of this form is 86 bytes; the checks of the remaining length below keep every
  // read inside the data, and any record they turn away is read by ontleed() instead.

  private long lang(int k) {
    return (long) LONG.get(b, k);
  }

  private static long lang(byte[] bytes, int k) {
    return (long) LONG.get(bytes, k);
  }

  /** Each indicator's name with its closing quote, as little-endian longs (the last one padded with zeros). */
  private static final long[][] NAAM_WOORDEN = new long[N][];
  /** The masks of those longs: all bytes, and for the last one only the name's. */
  private static final long[][] NAAM_MASKERS = new long[N][];

  static {
    for (int d = 0; d < N; d++) {
      String naam = DoelgroepIndicator.values()[d].name() + "\"";
      int n = (naam.length() + 7) / 8;
      NAAM_WOORDEN[d] = new long[n];
      NAAM_MASKERS[d] = new long[n];
      for (int w = 0; w < n; w++) {
        int lengte = Math.min(8, naam.length() - 8 * w);
        NAAM_WOORDEN[d][w] = woord(naam.substring(8 * w, 8 * w + lengte));
        NAAM_MASKERS[d][w] = masker(lengte);
      }
    }
  }

  /**
   * The indicator whose name and closing quote start at {@code k}, compared eight bytes at a time;
   * -1 for none, or when the data ends too soon to compare.
   */
  private static int naam(byte[] b, int k, int eind) {
    if (eind - k < 8) {
      return -1;
    }
    long eerste = lang(b, k);
    for (int d = 0; d < N; d++) {
      long[] woorden = NAAM_WOORDEN[d];
      if (woorden[0] == eerste && k + 8 * woorden.length <= eind) {
        long[] maskers = NAAM_MASKERS[d];
        boolean gelijk = true;
        for (int w = 1; w < woorden.length && gelijk; w++) {
          gelijk = (lang(b, k + 8 * w) & maskers[w]) == woorden[w];
        }
        if (gelijk) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * The record in the exact form registers export, fields in the format's order without spaces:
   * {@code {"id":"…","gemeente":"GM0014","leeftijdInMaanden":34,"indicatoren":[…],"veDeelname":true}},
   * compared eight bytes at a time. Anything else is left to {@link #ontleed()}. Leaves {@code i}
   * after the record's trailing whitespace.
   */
  private boolean sjabloon() {
    final byte[] b = this.b;  // locals: the quick compiler does not hoist field loads out of loops
    final int eind = this.eind;
    int k = i;
    if (eind - k < 86 || (lang(k) & ID_MASKER) != ID) {   // 86: the shortest record of this form
      return false;
    }
    k += 7;
    int idVanaf = k;
    boolean leeg = true;
    while (k < eind) {
      byte c = b[k];
      if (c == '"') {
        break;
      }
      if (c < 0x20 || c > 0x7E || c == '\\') {
        return false;
      }
      leeg &= c == ' ';
      k++;
    }
    if (leeg || eind - k < 45 || lang(k) != GEM1 || lang(k + 8) != GEM2) {   // 45: read up to the age
      return false;
    }
    idVan = idVanaf;
    idTot = k;
    k += 16;
    int d0 = b[k] - '0';
    int d1 = b[k + 1] - '0';
    int d2 = b[k + 2] - '0';
    int d3 = b[k + 3] - '0';
    if ((d0 | d1 | d2 | d3) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9) {
      return false;
    }
    gemeente = ((d0 * 10 + d1) * 10 + d2) * 10 + d3;
    k += 4;
    if (lang(k) != LEEF1 || lang(k + 8) != LEEF2 || (lang(k + 16) & LEEF3_MASKER) != LEEF3) {
      return false;
    }
    k += 22;
    int l = b[k] - '0';
    if (l < 0 || l > 9) {
      return false;
    }
    k++;
    int c = b[k] - '0';
    if (c >= 0 && c <= 9) {
      if (l == 0) {
        return false;
      }
      l = l * 10 + c;
      k++;
      c = b[k] - '0';
      if (c >= 0 && c <= 9) {
        l = l * 10 + c;
        k++;
      }
    }
    if (l > Peuter.MAX_LEEFTIJD_IN_MAANDEN || eind - k < 17 || lang(k) != IND1 || lang(k + 8) != IND2) {
      return false;
    }
    leeftijd = l;
    k += 16;
    int m = 0;
    if (b[k] == ']') {
      k++;
    } else {
      while (true) {
        if (b[k] != '"') {
          return false;
        }
        int d = naam(b, k + 1, eind);
        if (d < 0 || (m & (1 << d)) != 0) {
          return false;
        }
        k += 2 + NAMEN[d].length;
        m |= 1 << d;
        if (k >= eind) {
          return false;
        }
        if (b[k] == ',' && k + 1 < eind) {
          k++;
          continue;
        }
        if (b[k] != ']') {
          return false;
        }
        k++;
        break;
      }
    }
    if (eind - k < 19 || lang(k) != VE1 || (lang(k + 8) & VE2_MASKER) != VE2) {
      return false;
    }
    k += 14;
    if (eind - k >= 8) {
      long w = lang(k);
      if ((w & WAAR_MASKER) == WAAR) {
        ve = true;
        k += 5;
      } else if ((w & ONWAAR_MASKER) == ONWAAR) {
        ve = false;
        k += 6;
      } else {
        return false;
      }
    } else if (b[k] == 't' && b[k + 1] == 'r' && b[k + 2] == 'u' && b[k + 3] == 'e' && b[k + 4] == '}') {
      ve = true;
      k += 5;
    } else if (eind - k >= 6 && b[k] == 'f' && b[k + 1] == 'a' && b[k + 2] == 'l' && b[k + 3] == 's' && b[k + 4] == 'e'
        && b[k + 5] == '}') {
      ve = false;
      k += 6;
    } else {
      return false;
    }
    masker = m;
    i = k;
    spatie();
    return true;
  }

  /** Parses a record from {@code i}, leaving {@code i} after its trailing whitespace. */
  private boolean ontleed() {
    gemeente = -1;
    leeftijd = -1;
    masker = 0;
    int veWaarde = -1;
    int gezien = 0;
    spatie();
    if (!teken('{')) {
      return false;
    }
    spatie();
    if (i < eind && b[i] == '}') {
      return false; // every required field is missing
    }
    while (true) {
      spatie();
      if (!string()) {
        return false;
      }
      int bit = veld();
      if (bit == 0 || (gezien & bit) != 0) {
        return false;
      }
      gezien |= bit;
      spatie();
      if (!teken(':')) {
        return false;
      }
      spatie();
      switch (bit) {
        case 1:
          if (!string() || tot == van) {
            return false;
          }
          boolean leeg = true;
          for (int k = van; k < tot && leeg; k++) {
            leeg = b[k] == ' ';
          }
          if (leeg) {
            return false;
          }
          idVan = van;
          idTot = tot;
          break;
        case 2:
          if (!string() || tot - van != 6 || b[van] != 'G' || b[van + 1] != 'M') {
            return false;
          }
          int g = 0;
          for (int k = van + 2; k < tot; k++) {
            int c = b[k] - '0';
            if (c < 0 || c > 9) {
              return false;
            }
            g = g * 10 + c;
          }
          gemeente = g;
          break;
        case 4:
          leeftijd = geheel();
          if (leeftijd < 0 || leeftijd > Peuter.MAX_LEEFTIJD_IN_MAANDEN) {
            return false;
          }
          break;
        case 8:
          masker = indicatoren();
          if (masker < 0) {
            return false;
          }
          break;
        default:
          veWaarde = bool();
          if (veWaarde < 0) {
            return false;
          }
      }
      spatie();
      if (i < eind && b[i] == ',') {
        i++;
        continue;
      }
      if (!teken('}')) {
        return false;
      }
      break;
    }
    spatie();
    if ((gezien | 8) != 31) {
      return false;
    }
    ve = veWaarde == 1;
    return true;
  }

  /** The bit of the field name just read, 0 for an unknown one. */
  private int veld() {
    int n = tot - van;
    if (n == 2 && b[van] == 'i' && b[van + 1] == 'd') {
      return 1;
    }
    if (gelijk("gemeente")) {
      return 2;
    }
    if (gelijk("leeftijdInMaanden")) {
      return 4;
    }
    if (gelijk("indicatoren")) {
      return 8;
    }
    if (gelijk("veDeelname")) {
      return 16;
    }
    return 0;
  }

  private boolean gelijk(String naam) {
    if (tot - van != naam.length()) {
      return false;
    }
    for (int k = 0; k < naam.length(); k++) {
      if (b[van + k] != naam.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void spatie() {
    while (i < eind && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
  }

  private boolean teken(char c) {
    if (i < eind && b[i] == c) {
      i++;
      return true;
    }
    return false;
  }

  /** A string of printable ASCII without escapes; sets {@code van}/{@code tot}. */
  private boolean string() {
    if (!teken('"')) {
      return false;
    }
    van = i;
    while (i < eind) {
      byte c = b[i];
      if (c == '"') {
        tot = i;
        i++;
        return true;
      }
      if (c < 0x20 || c > 0x7E || c == '\\') {
        return false;
      }
      i++;
    }
    return false;
  }

  /** A non-negative integer without leading zeros, at most three digits; -1 otherwise. */
  private int geheel() {
    int start = i;
    int waarde = 0;
    while (i < eind && b[i] >= '0' && b[i] <= '9' && i - start < 4) {
      waarde = waarde * 10 + (b[i] - '0');
      i++;
    }
    int n = i - start;
    if (n == 0 || n > 3 || (n > 1 && b[start] == '0')) {
      return -1;
    }
    if (i < eind && (b[i] == '.' || b[i] == 'e' || b[i] == 'E' || (b[i] >= '0' && b[i] <= '9'))) {
      return -1;
    }
    return waarde;
  }

  /** {@code true} as 1, {@code false} as 0, anything else -1. */
  private int bool() {
    if (eind - i >= 4 && b[i] == 't' && b[i + 1] == 'r' && b[i + 2] == 'u' && b[i + 3] == 'e') {
      i += 4;
      return 1;
    }
    if (eind - i >= 5 && b[i] == 'f' && b[i + 1] == 'a' && b[i + 2] == 'l' && b[i + 3] == 's' && b[i + 4] == 'e') {
      i += 5;
      return 0;
    }
    return -1;
  }

  /** An array of distinct indicator names as a mask; -1 otherwise. */
  private int indicatoren() {
    if (!teken('[')) {
      return -1;
    }
    int masker = 0;
    spatie();
    if (teken(']')) {
      return 0;
    }
    while (true) {
      spatie();
      if (!string()) {
        return -1;
      }
      int d = indicator();
      if (d < 0 || (masker & (1 << d)) != 0) {
        return -1;
      }
      masker |= 1 << d;
      spatie();
      if (teken(',')) {
        continue;
      }
      return teken(']') ? masker : -1;
    }
  }

  /** The indicator named by the last string read, -1 for none. Names are found by their length. */
  private int indicator() {
    int n = tot - van;
    if (n >= PER_LENGTE.length) {
      return -1;
    }
    for (int d : PER_LENGTE[n]) {
      byte[] naam = NAMEN[d];
      if (Arrays.equals(b, van, tot, naam, 0, n)) {
        return d;
      }
    }
    return -1;
  }

}
