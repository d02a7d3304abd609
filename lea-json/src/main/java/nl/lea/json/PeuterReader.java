package nl.lea.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.json.internal.DomainReader;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.Node;
import nl.lea.json.internal.Parsing;
import nl.lea.json.internal.PeuterSnel;
import org.apiguardian.api.API;

/**
 * Reads toddler records in {@code lea-peuters/1} (JSON Lines, one object per line) as a stream:
 * one record at a time, in constant memory whatever the size of the file.
 *
 * <p>Blank lines are skipped. A line that breaks a rule is skipped too and its errors are kept,
 * each prefixed by its line number ({@code line 1207: /leeftijdInMaanden: …}), so one pass finds
 * every problem; check {@link #errors()} when done, or use {@link #readAll} which throws. For
 * example:
 *
 * <pre>{@code
 * try (PeuterReader reader = PeuterReader.of(Files.newInputStream(path))) {
 *   PeuterTelling telling = reader.stream().collect(PeuterTelling.collector(definitie));
 *   if (!reader.errors().isEmpty()) {
 *     throw new JsonReadException(reader.errors());
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are not thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PeuterReader implements Closeable {

  /** The longest line, in bytes. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int positie;
  private int gevuld;
  private final Errors errors = new Errors();
  private byte[] regel = new byte[256];
  private long regelnummer;
  private boolean einde;

  private PeuterReader(InputStream in) {
    this.in = in;
  }

  /**
   * Opens a reader over a stream of UTF-8 JSON Lines; closing the reader closes the stream.
   *
   * @param in the stream, not null
   * @return the reader, not null
   */
  public static PeuterReader of(InputStream in) {
    return new PeuterReader(DomainValidationException.requireNonNull(in, "in"));
  }

  /**
   * Reads every record, handing each valid one to a consumer, and throws if any line was invalid.
   *
   * @param in the stream, closed when done, not null
   * @param consumer receives the valid records in file order, not null
   * @return the number of valid records
   * @throws JsonReadException after the whole stream was read, if any line was invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static long readAll(InputStream in, Consumer<Peuter> consumer) {
    DomainValidationException.requireNonNull(in, "in");
    DomainValidationException.requireNonNull(consumer, "consumer");
    try (PeuterReader reader = of(in)) {
      long n = 0;
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        consumer.accept(p.get());
        n++;
      }
      if (!reader.errors().isEmpty()) {
        throw new JsonReadException(reader.errors());
      }
      return n;
    }
  }

  /**
   * Reads the next valid record, skipping blank and invalid lines (whose errors are kept).
   *
   * @return the record, empty at the end of the stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Optional<Peuter> next() {
    try {
      while (!einde) {
        int lengte = leesRegel();
        if (lengte < 0) {
          einde = true;
          break;
        }
        Peuter p = verwerk(lengte);
        if (p != null) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read line " + (regelnummer + 1) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gets the valid records that remain, as a sequential stream.
   *
   * @return the stream, not null
   */
  public Stream<Peuter> stream() {
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<Peuter>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Peuter> action) {
        Optional<Peuter> p = next();
        p.ifPresent(action);
        return p.isPresent();
      }
    }, false);
  }

  /**
   * Gets the errors of the invalid lines read so far, each prefixed by its line number.
   *
   * @return the errors, in line order, not null
   */
  public List<JsonError> errors() {
    return errors.list();
  }

  /**
   * Gets the number of lines read so far.
   *
   * @return the line number of the last line read
   */
  public long lineNumber() {
    return regelnummer;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one line into {@code regel}; returns its length without the line end, or -1 at EOF. */
  private int leesRegel() throws IOException {
    int lengte = 0;
    boolean teLang = false;
    boolean iets = false;
    while (true) {
      if (positie == gevuld) {
        gevuld = in.read(buffer, 0, buffer.length);
        positie = 0;
        if (gevuld <= 0) {
          gevuld = 0;
          if (!iets) {
            return -1;
          }
          break;
        }
      }
      if (!iets) {
        iets = true;
        regelnummer++;
      }
      int eind = positie;
      while (eind < gevuld && buffer[eind] != '\n') {
        eind++;
      }
      int stuk = eind - positie;
      if (!teLang && lengte + stuk <= MAX_LINE_BYTES) {
        if (lengte + stuk > regel.length) {
          regel = Arrays.copyOf(regel, Math.min(MAX_LINE_BYTES, Math.max(regel.length * 2, lengte + stuk)));
        }
        System.arraycopy(buffer, positie, regel, lengte, stuk);
        lengte += stuk;
      } else {
        teLang = true;
      }
      positie = eind;
      if (eind < gevuld) {
        positie++; // the newline
        break;
      }
    }
    if (teLang) {
      errors.add(JsonError.at("line " + regelnummer, "the line is longer than " + MAX_LINE_BYTES + " bytes", null));
      return 0;
    }
    if (lengte > 0 && regel[lengte - 1] == '\r') {
      lengte--;
    }
    return lengte;
  }

  private Peuter verwerk(int lengte) {
    int start = 0;
    if (regelnummer == 1) {
      nl.lea.json.JsonError codering = Parsing.codering(regel, 0, lengte, 1);
      if (codering != null) {
        errors.add(codering);
        return null;
      }
    }
    boolean leeg = true;
    for (int i = start; i < lengte && leeg; i++) {
      byte c = regel[i];
      leeg = c == ' ' || c == '\t' || c == '\r';
    }
    if (leeg) {
      return null;
    }
    Peuter snel = PeuterSnel.lees(regel, start, lengte);
    if (snel != null) {
      return snel;
    }
    Errors regelFouten = new Errors();
    Node node = Parsing.tree(regel, start, lengte, regelFouten, (int) Math.min(Integer.MAX_VALUE, regelnummer - 1));
    Peuter p = node == null ? null : new DomainReader(regelFouten).peuter(node, "");
    if (!regelFouten.isEmpty()) {
      String prefix = "line " + regelnummer + ": ";
      for (JsonError e : regelFouten.list()) {
        errors.add(e.line().isPresent() ? e : e.withPrefix(prefix));
      }
      return null;
    }
    return p;
  }
}
