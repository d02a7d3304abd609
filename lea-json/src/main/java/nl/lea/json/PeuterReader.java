package nl.lea.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.lea.core.DomainValidationException;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.PeuterParallel;
import nl.lea.json.internal.PeuterRegel;
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
   * Reads a whole file in parallel into counters, without an object per record, and throws if any
   * line was invalid: the fast way to answer questions over a national register.
   *
   * <p>The file is split at line boundaries into one part per processor; each part is read by its
   * own thread into its own consumer, and the consumers are merged in file order. A named pipe or a
   * device, which has no size to split, is read as a stream into one consumer. The result, and
   * every error with its line number, are exactly those of reading the file line by line with
   * {@link #of}. For example, every count per gemeente under any definition, from one pass:
   *
   * <pre>{@code
   * Registeroverzicht overzicht = PeuterReader.readAll(path, Registeroverzicht::builder,
   *     Registeroverzicht.Builder::merge).build();
   * }</pre>
   *
   * @param <C> the type of consumer
   * @param file a regular file of UTF-8 JSON Lines, not null
   * @param perThread makes a new consumer; called on the calling thread, once per part, not null
   * @param merge adds the second consumer's records to the first (of an earlier part) and returns
   *     the result, not null
   * @return the merged consumer of every valid record
   * @throws JsonReadException after the whole file was read, if any line was invalid
   * @throws UncheckedIOException if the file cannot be read, with the {@link IOException} (such as
   *     {@link java.nio.file.NoSuchFileException}) as its cause
   */
  public static <C extends PeuterConsumer> C readAll(Path file, Supplier<? extends C> perThread, BinaryOperator<C> merge) {
    DomainValidationException.requireNonNull(file, "file");
    DomainValidationException.requireNonNull(perThread, "perThread");
    DomainValidationException.requireNonNull(merge, "merge");
    if (!java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.exists(file)
        && !java.nio.file.Files.isDirectory(file)) {
      // A pipe or a device has no size to split: read it as a stream, into one consumer.
      C consumer = perThread.get();
      try {
        readAll(java.nio.file.Files.newInputStream(file), p -> PeuterConsumer.accept(p, consumer));
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
      return consumer;
    }
    try (FileChannel kanaal = FileChannel.open(file, StandardOpenOption.READ)) {
      long grootte = kanaal.size();
      int delen = grootte < KLEIN ? 1 : Runtime.getRuntime().availableProcessors();
      long[] grenzen = new long[delen - 1];
      for (int k = 1; k < delen; k++) {
        grenzen[k - 1] = grootte / delen * k;
      }
      Errors errors = new Errors();
      C resultaat = PeuterParallel.lees(kanaal, grenzen, PeuterParallel.BLOK, MAX_LINE_BYTES, perThread, merge, errors);
      errors.throwIfAny();
      return resultaat;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** A file smaller than this is read by one thread. */
  private static final long KLEIN = 1 << 20;

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
      errors.add(PeuterRegel.teLang(regelnummer, MAX_LINE_BYTES));
      return 0;
    }
    if (lengte > 0 && regel[lengte - 1] == '\r') {
      lengte--;
    }
    return lengte;
  }

  private Peuter verwerk(int lengte) {
    return PeuterRegel.lees(regel, lengte, regelnummer, errors);
  }
}
