package nl.lea.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;

/**
 * Reads a {@code lea-peuters/1} file in parallel: the file is split at line boundaries into parts,
 * one thread reads each part in large blocks and hands every record the fast path takes straight
 * to its own consumer (no {@code String}, no tree, no object per record), and the consumers are
 * merged in file order. A line the fast path does not take (and the file's first line, whose
 * encoding is checked) is put aside with its place; after the parallel pass those lines are read,
 * in file order and with their exact line numbers, by the same code as the sequential reader
 * ({@link PeuterRegel}), so errors, their order and their limit are exactly the sequential
 * reader's. Not API.
 */
public final class PeuterParallel {

  /** The block each thread reads at a time, which is also larger than the longest line. */
  public static final int BLOK = 1 << 22;

  private PeuterParallel() {}

  /**
   * Reads a file.
   *
   * @param kanaal the file, read with positional reads (the channel's position is not used)
   * @param grenzen where to split, in bytes: each is moved on to the start of the next line
   * @param blok the first size of each thread's buffer (it grows to hold the longest line)
   * @param maxRegel the longest line, in bytes
   * @param nieuw makes one consumer per part
   * @param samen merges two consumers, the first of the earlier part
   * @param errors receives every error, in line order
   * @return the merged consumer
   * @throws IOException if the file cannot be read
   */
  public static <C extends PeuterConsumer> C lees(FileChannel kanaal, long[] grenzen, int blok, int maxRegel,
      Supplier<? extends C> nieuw, BinaryOperator<C> samen, Errors errors) throws IOException {
    long grootte = kanaal.size();
    long[] begin = new long[grenzen.length + 2];
    begin[grenzen.length + 1] = grootte;
    for (int k = 0; k < grenzen.length; k++) {
      long g = Math.max(begin[k], Math.min(grootte, grenzen[k]));
      begin[k + 1] = g == 0 ? 0 : regelbegin(kanaal, g, grootte);
    }
    @SuppressWarnings("unchecked")
    Deel<C>[] delen = new Deel[grenzen.length + 1];
    for (int k = 0; k < delen.length; k++) {
      delen[k] = new Deel<>(kanaal, begin[k], begin[k + 1], blok, maxRegel, nieuw.get());
    }
    Thread[] draden = new Thread[delen.length - 1];
    for (int k = 1; k < delen.length; k++) {
      draden[k - 1] = new Thread(delen[k], "lea-peuters-" + k);
      draden[k - 1].setDaemon(true);
      draden[k - 1].start();
    }
    delen[0].run();
    for (Thread t : draden) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading", e);
      }
    }
    for (Deel<C> d : delen) {
      d.gooiFout();
    }
    C totaal = delen[0].consumer;
    for (int k = 1; k < delen.length; k++) {
      totaal = samen.apply(totaal, delen[k].consumer);
    }
    long eersteRegel = 1;
    byte[] regel = new byte[256];
    for (Deel<C> d : delen) {
      for (int k = 0; k < d.apart; k += 3) {
        long nummer = eersteRegel + d.uitgesteld[k];
        long plaats = d.uitgesteld[k + 1];
        int lengte = (int) d.uitgesteld[k + 2];
        if (lengte < 0) {
          errors.add(PeuterRegel.teLang(nummer, maxRegel));
          continue;
        }
        if (regel.length < lengte) {
          regel = new byte[Math.max(lengte, regel.length * 2)];
        }
        leesVol(kanaal, regel, 0, lengte, plaats);
        Peuter p = PeuterRegel.lees(regel, lengte, nummer, errors);
        if (p != null) {
          PeuterConsumer.accept(p, totaal);
        }
      }
      eersteRegel += d.regels;
    }
    return totaal;
  }

  /** The start of the first line that begins at or after {@code g} ({@code g > 0}). */
  private static long regelbegin(FileChannel kanaal, long g, long grootte) throws IOException {
    byte[] b = new byte[1 << 16];
    long p = g - 1;
    while (p < grootte) {
      int n = (int) Math.min(b.length, grootte - p);
      leesVol(kanaal, b, 0, n, p);
      for (int k = 0; k < n; k++) {
        if (b[k] == '\n') {
          return p + k + 1;
        }
      }
      p += n;
    }
    return grootte;
  }

  private static void leesVol(FileChannel kanaal, byte[] b, int van, int n, long plaats) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(b, van, n);
    long p = plaats;
    while (buffer.hasRemaining()) {
      int gelezen = kanaal.read(buffer, p);
      if (gelezen < 0) {
        throw new IOException("the file became shorter while it was read");
      }
      p += gelezen;
    }
  }

  /** One part of the file, read by one thread. */
  private static final class Deel<C extends PeuterConsumer> implements Runnable {
    private final FileChannel kanaal;
    private final long van;
    private final long tot;
    private final int maxRegel;
    final C consumer;
    private byte[] buf;
    /** The number of lines of this part. */
    long regels;
    /** The lines put aside: line within the part, file position, length (-1: too long). */
    long[] uitgesteld = new long[48];
    int apart;
    private Throwable fout;

    Deel(FileChannel kanaal, long van, long tot, int blok, int maxRegel, C consumer) {
      this.kanaal = kanaal;
      this.van = van;
      this.tot = tot;
      this.maxRegel = maxRegel;
      this.consumer = consumer;
      this.buf = new byte[(int) Math.max(16, Math.min(blok, tot - van))];
    }

    @Override
    public void run() {
      try {
        lees();
      } catch (Throwable t) {
        fout = t;
      }
    }

    void gooiFout() throws IOException {
      if (fout instanceof IOException e) {
        throw e;
      }
      if (fout instanceof RuntimeException e) {
        throw e;
      }
      if (fout instanceof Error e) {
        throw e;
      }
    }

    private void zetApart(long regel, long plaats, long lengte) {
      if (apart == uitgesteld.length) {
        uitgesteld = Arrays.copyOf(uitgesteld, uitgesteld.length * 2);
      }
      uitgesteld[apart] = regel;
      uitgesteld[apart + 1] = plaats;
      uitgesteld[apart + 2] = lengte;
      apart += 3;
    }

    private void lees() throws IOException {
      PeuterSnel snel = new PeuterSnel(buf);
      long pos = van;       // the file position of buf[0]
      int vul = 0;          // bytes in buf
      long regel = 0;       // the current line, within this part
      boolean overslaan = false; // skipping the rest of a line that is too long
      while (pos + vul < tot || vul > 0) {
        int n = (int) Math.min(buf.length - vul, tot - pos - vul);
        if (n > 0) {
          leesVol(kanaal, buf, vul, n, pos + vul);
          vul += n;
        }
        boolean einde = pos + vul == tot;
        if (overslaan) {
          // The rest of a line that is too long, up to its line end.
          int nl = indexVan(0, vul);
          int weg = nl < 0 ? vul : nl + 1;
          overslaan = nl < 0;
          schuif(weg, vul);
          pos += weg;
          vul -= weg;
          continue;
        }
        int limiet = einde ? vul : laatsteNieuweRegel(vul) + 1;
        if (limiet == 0) {
          // A full buffer without a line end: grow it to hold the longest line, or the line is too long.
          if (buf.length <= maxRegel) {
            buf = Arrays.copyOf(buf, (int) Math.min((long) maxRegel + 1, (long) buf.length * 2));
            continue;
          }
          zetApart(regel, pos, -1);
          regel++;
          overslaan = true;
          pos += vul;
          vul = 0;
          continue;
        }
        int k = 0;
        while (k < limiet) {
          boolean eerste = regel == 0 && van == 0; // the file's first line: its encoding is checked
          int e = eerste ? -1 : snel.verwerk(buf, k, limiet, maxRegel, consumer);
          if (e < 0) {
            e = indexVan(k, limiet);
            if (e < 0) {
              e = limiet;
            }
            int lengte = e - k;
            if (lengte > maxRegel) {
              zetApart(regel, pos + k, -1);
            } else {
              if (lengte > 0 && buf[k + lengte - 1] == '\r') {
                lengte--;
              }
              if (eerste || !PeuterRegel.isLeeg(buf, k, k + lengte)) {
                zetApart(regel, pos + k, lengte);
              }
            }
          }
          regel++;
          k = e + 1;
        }
        schuif(limiet, vul);
        pos += limiet;
        vul -= limiet;
      }
      regels = regel;
    }

    private int laatsteNieuweRegel(int vul) {
      for (int k = vul - 1; k >= 0; k--) {
        if (buf[k] == '\n') {
          return k;
        }
      }
      return -1;
    }

    private int indexVan(int vanaf, int limiet) {
      for (int k = vanaf; k < limiet; k++) {
        if (buf[k] == '\n') {
          return k;
        }
      }
      return -1;
    }

    private void schuif(int vanaf, int vul) {
      System.arraycopy(buf, vanaf, buf, 0, vul - vanaf);
    }
  }
}
