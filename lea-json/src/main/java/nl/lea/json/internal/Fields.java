package nl.lea.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import nl.lea.core.DomainValidationException.Violation;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Frequentie;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.Overlegpartij;
import nl.lea.core.thema.Overlegvorm;
import nl.lea.core.thema.RedenGeenAfspraken;
import nl.lea.core.thema.RedenGeenDoelen;
import nl.lea.core.thema.RedenNietGeevalueerd;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.Subsidiemodel;
import nl.lea.json.JsonOutput;

/**
 * The one table of how lea's JSON objects map to the domain types: per object its fields in the
 * canonical order, each declared once with its JSON name, how it is read and written, and where
 * the writer takes its value; and how the reader builds the value from the fields it read. The
 * reader and the writer (and so both Jackson modules) use the same declaration, so a field is added
 * in one place. Objects whose shape is not a list of fields (the document, a gemeente's answer, the
 * vve answer, the doelgroepdefinitie, a ve offer) keep their own code in {@link DomainReader} and
 * {@link DomainWriter}. Not API.
 */
public final class Fields {

  private Fields() {}

  /** Reads a present JSON value, recording its errors; null if it cannot be read. */
  @FunctionalInterface
  interface Read<V> {
    V read(DomainReader r, Node n, String pointer);
  }

  /** Writes a field (its name and value), or leaves it out. */
  @FunctionalInterface
  interface Write<V> {
    void write(JsonOutput out, String name, V value) throws IOException;
  }

  /** Writes a value alone. */
  @FunctionalInterface
  interface Value<V> {
    void write(JsonOutput out, V value) throws IOException;
  }

  /**
   * How a field's value is read from its JSON value and written.
   *
   * @param read reads a present value
   * @param write writes the field, or leaves it out
   * @param absent the value of a field left out; null when the field is required
   * @param nietGevraagd the value of a field the document's version does not ask (see {@link
   *     Field#sinds()}); for an optional field its absent value
   */
  record Kind<V>(Read<V> read, Write<V> write, V absent, V nietGevraagd) {

    Kind(Read<V> read, Write<V> write, V absent) {
      this(read, write, absent, absent);
    }

    V read(DomainReader r, Node n, String pointer) {
      return read.read(r, n, pointer);
    }

    void write(JsonOutput out, String name, V value) throws IOException {
      write.write(out, name, value);
    }

    /** A field always written, as its name and then its value. */
    static <V> Kind<V> of(Read<V> read, Value<V> value, V absent) {
      return new Kind<>(read, (out, name, v) -> {
        out.name(name);
        value.write(out, v);
      }, absent);
    }

    /**
     * This kind as a field required where the document's version asks it and empty where it does
     * not ({@code lea-vragenlijst/1} was not asked it).
     */
    Kind<Optional<V>> gevraagd() {
      Kind<V> kind = this;
      return new Kind<>((r, n, p) -> {
        V v = kind.read(r, n, p);
        return v == null ? null : Optional.of(v);
      }, (out, name, v) -> {
        if (v.isPresent()) {
          kind.write(out, name, v.get());
        }
      }, null, Optional.empty());
    }

    /** This kind as an optional field: left out when empty, {@code null} an error. */
    Kind<Optional<V>> optional() {
      Kind<V> kind = this;
      return new Kind<>((r, n, p) -> {
        V v = kind.read(r, n, p);
        return v == null ? null : Optional.of(v);
      }, (out, name, v) -> {
        if (v.isPresent()) {
          kind.write(out, name, v.get());
        }
      }, Optional.empty());
    }
  }

  /**
   * One field of an object.
   *
   * @param name its JSON name
   * @param kind how it is read and written
   * @param get its value in the domain type, for the writer
   * @param rules the rules of the value alone, checked right after it is read (none: an empty list)
   * @param sinds the version of the format that added the field: a reader of an older version
   *     treats it as unknown and takes the kind's {@link Kind#nietGevraagd()} value; the writer
   *     leaves it out when it holds that value
   */
  record Field<T, V>(String name, Kind<V> kind, Function<T, V> get, Function<V, List<Violation>> rules, int sinds) {

    Field(String name, Kind<V> kind, Function<T, V> get) {
      this(name, kind, get, v -> List.of(), 1);
    }

    Field(String name, Kind<V> kind, Function<T, V> get, Function<V, List<Violation>> rules) {
      this(name, kind, get, rules, 1);
    }

    /** This field as one {@code lea-vragenlijst/2} added: unknown in version 1, left out when not asked. */
    Field<T, V> sinds2() {
      return new Field<>(name, kind, get, rules, 2);
    }
  }

  /** The values read of one object, by field; null for a field that could not be read. */
  static final class Values {
    private final Map<Field<?, ?>, Object> values = new HashMap<>();
    private boolean all = true;

    @SuppressWarnings("unchecked")
    <V> V get(Field<?, V> field) {
      return (V) values.get(field);
    }

    /** Whether every field could be read. */
    boolean all() {
      return all;
    }

    void put(Field<?, ?> field, Object value) {
      values.put(field, value);
      all &= value != null;
    }
  }

  /** Builds the value of an object from its fields: rules between them, then the factory. */
  @FunctionalInterface
  interface Build<T> {
    T build(DomainReader r, Node n, String pointer, Values v);
  }

  /** The fields of one kind of object, in canonical order, and how its value is built from them. */
  public static final class Shape<T> {
    private final List<Field<T, ?>> fields;
    private final Build<T> build;

    Shape(List<Field<T, ?>> fields, Build<T> build) {
      this.fields = List.copyOf(fields);
      this.build = build;
    }

    /** Reads the object: every field in order, then the unknown ones reported, then the value built. */
    public T read(DomainReader r, Node n, String pointer) {
      Reader.Obj o = r.object(n, pointer);
      if (o == null) {
        return null;
      }
      Values v = new Values();
      for (Field<T, ?> f : fields) {
        v.put(f, r.vraagt(f.sinds()) ? lees(r, o, f) : f.kind().nietGevraagd());
      }
      o.finish();
      return build.build(r, n, pointer, v);
    }

    private static <T, V> V lees(DomainReader r, Reader.Obj o, Field<T, V> f) {
      V absent = f.kind().absent();
      boolean verplicht = absent == null && r.vereist(f.sinds());
      Node n = verplicht ? o.required(f.name()) : o.optional(f.name());
      if (n == null) {
        return absent != null ? absent : verplicht ? null : f.kind().nietGevraagd();
      }
      V value = f.kind().read(r, n, o.at(f.name()));
      return value != null && r.meld(o.node(), o.pointer(), f.rules().apply(value)) ? null : value;
    }

    /** Writes the object, every field in order. */
    public void write(JsonOutput out, T value) throws IOException {
      out.beginObject();
      for (Field<T, ?> f : fields) {
        schrijf(out, f, value);
      }
      out.endObject();
    }

    private static <T, V> void schrijf(JsonOutput out, Field<T, V> f, T value) throws IOException {
      V v = f.get().apply(value);
      if (f.sinds() > 1 && v.equals(f.kind().nietGevraagd())) {
        return;
      }
      f.kind().write(out, f.name(), v);
    }
  }

  // --- the kinds of value -----------------------------------------------------------------------

  /** A required boolean. */
  static final Kind<Boolean> BOOL = Kind.of(DomainReader::bool, JsonOutput::bool, null);

  /** A required string. */
  static final Kind<String> STRING = Kind.of(DomainReader::string, JsonOutput::string, null);

  /** An optional string, left out when absent; {@code null} is an error. */
  static final Kind<Optional<String>> OPTIONAL_STRING = STRING.optional();

  /** A required gemeente code. */
  static final Kind<Gemeentecode> GEMEENTECODE = Kind.of(DomainReader::gemeentecode, (out, v) -> out.string(v.toString()), null);

  /** A required integer written without fraction or exponent, in min..max. */
  static Kind<Integer> integer(int min, int max) {
    return Kind.of((r, n, p) -> r.integer(n, p, min, max), JsonOutput::number, null);
  }

  /** A count 0..max that may be absent or {@code null} (not supplied), always written ({@code null} when absent). */
  static Kind<OptionalInt> telling(int max) {
    return Kind.of((r, n, p) -> {
      if (n.kind() == Node.Kind.NULL) {
        return OptionalInt.empty();
      }
      Integer waarde = r.integer(n, p, 0, max);
      return waarde == null ? null : OptionalInt.of(waarde);
    }, (out, v) -> {
      if (v.isPresent()) {
        out.number(v.getAsInt());
      } else {
        out.nul();
      }
    }, OptionalInt.empty());
  }

  /** An integer in min..max that may be absent (not supplied); {@code null} is an error. */
  static Kind<OptionalInt> optionalInteger(int min, int max) {
    return new Kind<>((r, n, p) -> {
      Integer waarde = r.integer(n, p, min, max);
      return waarde == null ? null : OptionalInt.of(waarde);
    }, (out, name, v) -> {
      if (v.isPresent()) {
        out.name(name);
        out.number(v.getAsInt());
      }
    }, OptionalInt.empty());
  }

  /**
   * The {@code anders} texts of an object: an object from reasons field to text, absent meaning
   * none, written in the order of the keys. Which keys and texts are allowed is lea-core's rule
   * (docs/jaarverantwoording.md rule 14).
   */
  static final Kind<Map<String, String>> ANDERS = Kind.of(DomainReader::teksten, (out, v) -> {
    out.beginObject();
    for (String sleutel : new java.util.TreeSet<>(v.keySet())) {
      out.name(sleutel);
      out.string(v.get(sleutel));
    }
    out.endObject();
  }, Map.of());

  /** A required constant of an enum. */
  static <E extends Enum<E>> Kind<E> constant(Class<E> type) {
    return Kind.of((r, n, p) -> r.enumValue(n, p, type), (out, v) -> out.string(v.name()), null);
  }

  /** An optional constant of an enum, left out when absent; {@code null} is an error. */
  static <E extends Enum<E>> Kind<Optional<E>> optionalConstant(Class<E> type) {
    return constant(type).optional();
  }

  /** A set of constants of an enum: an array without repeats, absent meaning empty, written in enum order. */
  static <E extends Enum<E>> Kind<Set<E>> constants(Class<E> type) {
    return Kind.of((r, n, p) -> r.enumSet(n, p, type), DomainWriter::waarden, Set.of());
  }

  /** A list of objects of one shape, absent meaning empty, always written. */
  static <E> Kind<List<E>> list(Shape<E> shape) {
    return Kind.of((r, n, p) -> r.list(r.array(n, p), p, (e, pe) -> shape.read(r, e, pe)), (out, v) -> array(out, shape, v), List.of());
  }

  /** A set of objects of one shape: an array without repeats, absent meaning empty, written in their natural order. */
  static <E extends Comparable<? super E>> Kind<Set<E>> set(Shape<E> shape) {
    return Kind.of((r, n, p) -> r.set(n, p, (e, pe) -> shape.read(r, e, pe)), (out, v) -> {
      List<E> gesorteerd = new ArrayList<>(v);
      gesorteerd.sort(null);
      array(out, shape, gesorteerd);
    }, Set.of());
  }

  private static <E> void array(JsonOutput out, Shape<E> shape, List<E> elementen) throws IOException {
    out.beginArray();
    for (E e : elementen) {
      shape.write(out, e);
    }
    out.endArray();
  }

  // --- the table ---------------------------------------------------------------------------------

  private static final Field<Doel, Optional<String>> DOEL_OMSCHRIJVING = new Field<>("omschrijving", OPTIONAL_STRING, Doel::omschrijving);
  private static final Field<Doel, DoelStatus> DOEL_STATUS = new Field<>("status", constant(DoelStatus.class), Doel::status);

  /** A goal: {@code omschrijving} (optional), {@code status}. */
  public static final Shape<Doel> DOEL = new Shape<>(List.of(DOEL_OMSCHRIJVING, DOEL_STATUS), (r, n, p, v) -> !v.all() ? null
      : v.get(DOEL_OMSCHRIJVING).map(o -> Doel.of(v.get(DOEL_STATUS), o)).orElseGet(() -> Doel.of(v.get(DOEL_STATUS))));

  private static final Field<ThemaAntwoord, Boolean> OVERLEG = new Field<>("overleg", BOOL, ThemaAntwoord::overleg);
  private static final Field<ThemaAntwoord, Set<RedenGeenOverleg>> REDENEN_GEEN_OVERLEG =
      new Field<>("redenenGeenOverleg", constants(RedenGeenOverleg.class), ThemaAntwoord::redenenGeenOverleg);
  private static final Field<ThemaAntwoord, AfspraakStatus> AFSPRAKEN =
      new Field<>("afspraken", constant(AfspraakStatus.class), ThemaAntwoord::afspraken);
  private static final Field<ThemaAntwoord, List<Doel>> DOELEN = new Field<>("doelen", list(DOEL), ThemaAntwoord::doelen);
  private static final Field<ThemaAntwoord, Set<RedenGeenAfspraken>> REDENEN_GEEN_AFSPRAKEN =
      new Field<>("redenenGeenAfspraken", constants(RedenGeenAfspraken.class), ThemaAntwoord::redenenGeenAfspraken).sinds2();
  private static final Field<ThemaAntwoord, Set<RedenGeenDoelen>> REDENEN_GEEN_DOELEN =
      new Field<>("redenenGeenDoelen", constants(RedenGeenDoelen.class), ThemaAntwoord::redenenGeenDoelen).sinds2();
  private static final Field<ThemaAntwoord, Set<RedenNietGeevalueerd>> REDENEN_NIET_GEEVALUEERD =
      new Field<>("redenenNietGeevalueerd", constants(RedenNietGeevalueerd.class), ThemaAntwoord::redenenNietGeevalueerd).sinds2();
  private static final Field<ThemaAntwoord, Map<String, String>> THEMA_ANDERS =
      new Field<>("anders", ANDERS, ThemaAntwoord::anders).sinds2();

  /**
   * The answer on one LEA thema: {@code overleg}, {@code redenenGeenOverleg}, {@code afspraken},
   * {@code doelen}; in version 2 also the reasons for no afspraken, no doelen and doelen not
   * evaluated, and {@code anders}.
   */
  public static final Shape<ThemaAntwoord> THEMA = new Shape<>(List.of(OVERLEG, REDENEN_GEEN_OVERLEG, AFSPRAKEN,
      REDENEN_GEEN_AFSPRAKEN, DOELEN, REDENEN_GEEN_DOELEN, REDENEN_NIET_GEEVALUEERD, THEMA_ANDERS),
      (r, n, p, v) -> {
        if (r.meld(n, p, ThemaAntwoord.violations(v.get(OVERLEG), v.get(REDENEN_GEEN_OVERLEG), v.get(AFSPRAKEN), v.get(DOELEN),
            v.get(REDENEN_GEEN_AFSPRAKEN), v.get(REDENEN_GEEN_DOELEN), v.get(REDENEN_NIET_GEEVALUEERD), v.get(THEMA_ANDERS)))) {
          return null;
        }
        return v.all() ? r.bouw(n, p, () -> ThemaAntwoord.of(v.get(OVERLEG), v.get(REDENEN_GEEN_OVERLEG), v.get(AFSPRAKEN),
            v.get(DOELEN)).withRedenenGeenAfspraken(v.get(REDENEN_GEEN_AFSPRAKEN)).withRedenenGeenDoelen(v.get(REDENEN_GEEN_DOELEN))
            .withRedenenNietGeevalueerd(v.get(REDENEN_NIET_GEEVALUEERD)).withAnders(v.get(THEMA_ANDERS))) : null;
      });

  private static final Field<JaarlijksOverleg, Boolean> LEA_OVERLEG_GEVOERD =
      new Field<>("leaOverlegGevoerd", BOOL, JaarlijksOverleg::leaOverlegGevoerd);
  private static final Field<JaarlijksOverleg, Set<Overlegvorm>> OVERLEGVORMEN =
      new Field<>("overlegvormen", constants(Overlegvorm.class), JaarlijksOverleg::overlegvormen);
  private static final Field<JaarlijksOverleg, Set<Overlegpartij>> PARTIJEN =
      new Field<>("partijen", constants(Overlegpartij.class), JaarlijksOverleg::partijen);

  /** The yearly overleg (version 2): {@code leaOverlegGevoerd}, {@code overlegvormen}, {@code partijen}. */
  public static final Shape<JaarlijksOverleg> JAARLIJKS_OVERLEG = new Shape<>(List.of(LEA_OVERLEG_GEVOERD, OVERLEGVORMEN, PARTIJEN),
      (r, n, p, v) -> {
        if (r.meld(n, p, JaarlijksOverleg.violations(v.get(LEA_OVERLEG_GEVOERD), v.get(OVERLEGVORMEN)))) {
          return null;
        }
        return v.all() ? r.bouw(n, p, () -> JaarlijksOverleg.of(v.get(LEA_OVERLEG_GEVOERD), v.get(OVERLEGVORMEN), v.get(PARTIJEN)))
            : null;
      });

  private static final Field<Aanbod, OptionalInt> DOELGROEPPEUTERS =
      new Field<>("doelgroeppeuters", telling(Aanbod.MAX_AANTAL), Aanbod::doelgroeppeuters);
  private static final Field<Aanbod, OptionalInt> KINDPLAATSEN = new Field<>("kindplaatsen", telling(Aanbod.MAX_AANTAL), Aanbod::kindplaatsen);
  private static final Field<Aanbod, OptionalInt> BEREIKT =
      new Field<>("bereikteDoelgroeppeuters", telling(Aanbod.MAX_AANTAL), Aanbod::bereikteDoelgroeppeuters);
  private static final Field<Aanbod, Set<RedenOnvolledigBereik>> REDENEN_ONVOLLEDIG_BEREIK =
      new Field<>("redenenOnvolledigBereik", constants(RedenOnvolledigBereik.class), Aanbod::redenenOnvolledigBereik);
  private static final Field<Aanbod, Set<RedenOnvoldoendeKindplaatsen>> REDENEN_ONVOLDOENDE_KINDPLAATSEN =
      new Field<>("redenenOnvoldoendeKindplaatsen", constants(RedenOnvoldoendeKindplaatsen.class), Aanbod::redenenOnvoldoendeKindplaatsen);

  private static final Field<Aanbod, Optional<Subsidiemodel>> SUBSIDIEMODEL =
      new Field<>("subsidiemodel", constant(Subsidiemodel.class).gevraagd(), Aanbod::subsidiemodel).sinds2();
  private static final Field<Aanbod, OptionalInt> WACHTLIJST = new Field<>("wachtlijst", telling(Aanbod.MAX_AANTAL), Aanbod::wachtlijst).sinds2();
  private static final Field<Aanbod, OptionalInt> VE_LOCATIES =
      new Field<>("veLocaties", optionalInteger(0, Aanbod.MAX_VE_LOCATIES), Aanbod::veLocaties).sinds2();
  private static final Field<Aanbod, Map<String, String>> AANBOD_ANDERS = new Field<>("anders", ANDERS, Aanbod::anders).sinds2();

  /**
   * The offer of places: the three counts (absent or null: not supplied) and the two sets of
   * reasons; in version 2 also the subsidy model (required), the waiting list (absent or null: not
   * supplied), the number of ve locations (absent: not supplied) and {@code anders}.
   */
  public static final Shape<Aanbod> AANBOD = new Shape<>(
      List.of(DOELGROEPPEUTERS, KINDPLAATSEN, BEREIKT, REDENEN_ONVOLLEDIG_BEREIK, REDENEN_ONVOLDOENDE_KINDPLAATSEN, SUBSIDIEMODEL,
          WACHTLIJST, VE_LOCATIES, AANBOD_ANDERS),
      (r, n, p, v) -> {
        if (r.meld(n, p, Aanbod.violations(v.get(DOELGROEPPEUTERS), v.get(WACHTLIJST), v.get(REDENEN_ONVOLLEDIG_BEREIK),
            v.get(REDENEN_ONVOLDOENDE_KINDPLAATSEN), v.get(AANBOD_ANDERS))) || !v.all()) {
          return null;
        }
        return r.bouw(n, p, () -> {
          Aanbod a = Aanbod.of(v.get(DOELGROEPPEUTERS), v.get(KINDPLAATSEN), v.get(BEREIKT), v.get(REDENEN_ONVOLLEDIG_BEREIK),
              v.get(REDENEN_ONVOLDOENDE_KINDPLAATSEN));
          a = v.get(SUBSIDIEMODEL).map(a::withSubsidiemodel).orElse(a);
          return a.withWachtlijst(v.get(WACHTLIJST)).withVeLocaties(v.get(VE_LOCATIES)).withAnders(v.get(AANBOD_ANDERS));
        });
      });

  private static final Field<Inhoud, InhoudType> INHOUD_TYPE = new Field<>("type", constant(InhoudType.class), Inhoud::type);
  private static final Field<Inhoud, Ontwikkelingsgebied> INHOUD_GEBIED =
      new Field<>("gebied", constant(Ontwikkelingsgebied.class), Inhoud::gebied);

  /** One content item: {@code type}, {@code gebied}. */
  public static final Shape<Inhoud> INHOUD = new Shape<>(List.of(INHOUD_TYPE, INHOUD_GEBIED),
      (r, n, p, v) -> v.all() ? Inhoud.of(v.get(INHOUD_TYPE), v.get(INHOUD_GEBIED)) : null);

  private static final Field<Resultaatafspraken, ResultaatafsprakenStatus> STATUS =
      new Field<>("status", constant(ResultaatafsprakenStatus.class), Resultaatafspraken::status);
  private static final Field<Resultaatafspraken, Optional<Reikwijdte>> REIKWIJDTE =
      new Field<>("reikwijdte", optionalConstant(Reikwijdte.class), Resultaatafspraken::reikwijdte);
  private static final Field<Resultaatafspraken, Set<Ontwikkelingsgebied>> GEBIEDEN =
      new Field<>("ontwikkelingsgebieden", constants(Ontwikkelingsgebied.class), Resultaatafspraken::ontwikkelingsgebieden);
  private static final Field<Resultaatafspraken, Set<Inhoud>> INHOUDEN = new Field<>("inhoud", set(INHOUD), Resultaatafspraken::inhoud);
  private static final Field<Resultaatafspraken, Set<Aanlevering>> AANLEVERING =
      new Field<>("aanlevering", constants(Aanlevering.class), Resultaatafspraken::aanlevering);
  private static final Field<Resultaatafspraken, List<Doel>> RESULTAAT_DOELEN = new Field<>("doelen", list(DOEL), Resultaatafspraken::doelen);
  private static final Field<Resultaatafspraken, Set<RedenNietBehaald>> REDENEN_NIET_BEHAALD =
      new Field<>("redenenNietBehaald", constants(RedenNietBehaald.class), Resultaatafspraken::redenenNietBehaald);
  private static final Field<Resultaatafspraken, Set<Gesprekspartner>> GESPREKSPARTNERS =
      new Field<>("gesprekspartners", constants(Gesprekspartner.class), Resultaatafspraken::gesprekspartners);
  private static final Field<Resultaatafspraken, Optional<Frequentie>> FREQUENTIE =
      new Field<>("frequentie", optionalConstant(Frequentie.class), Resultaatafspraken::frequentie);

  private static final Field<Resultaatafspraken, Map<String, String>> RESULTAAT_ANDERS =
      new Field<>("anders", ANDERS, Resultaatafspraken::anders).sinds2();

  /** The resultaatafspraken: status, then the fields that only {@code WEL} may fill; in version 2 also {@code anders}. */
  public static final Shape<Resultaatafspraken> RESULTAATAFSPRAKEN = new Shape<>(List.of(STATUS, REIKWIJDTE, GEBIEDEN, INHOUDEN,
      AANLEVERING, RESULTAAT_DOELEN, REDENEN_NIET_BEHAALD, GESPREKSPARTNERS, FREQUENTIE, RESULTAAT_ANDERS), (r, n, p, v) -> {
        if (r.meld(n, p, Resultaatafspraken.violations(v.get(STATUS), waarde(v.get(REIKWIJDTE)), v.get(GEBIEDEN), v.get(INHOUDEN),
            v.get(AANLEVERING), v.get(RESULTAAT_DOELEN), v.get(REDENEN_NIET_BEHAALD), v.get(GESPREKSPARTNERS),
            waarde(v.get(FREQUENTIE)), v.get(RESULTAAT_ANDERS))) || !v.all()) {
          return null;
        }
        return r.bouw(n, p, () -> Resultaatafspraken.builder(v.get(STATUS))
            .reikwijdte(v.get(REIKWIJDTE).orElse(null)).ontwikkelingsgebieden(v.get(GEBIEDEN)).inhoud(v.get(INHOUDEN))
            .aanlevering(v.get(AANLEVERING)).doelen(v.get(RESULTAAT_DOELEN)).redenenNietBehaald(v.get(REDENEN_NIET_BEHAALD))
            .gesprekspartners(v.get(GESPREKSPARTNERS)).frequentie(v.get(FREQUENTIE).orElse(null)).anders(v.get(RESULTAAT_ANDERS))
            .build());
      });

  private static final Field<Gemeente, Gemeentecode> CODE = new Field<>("code", GEMEENTECODE, Gemeente::code);
  private static final Field<Gemeente, String> NAAM = new Field<>("naam", STRING, Gemeente::naam);

  /** A gemeente: {@code code}, {@code naam}. */
  public static final Shape<Gemeente> GEMEENTE = new Shape<>(List.of(CODE, NAAM), (r, n, p, v) -> {
    if (r.meld(n, p, Gemeente.violations(v.get(NAAM)))) {
      return null;
    }
    return v.all() ? Gemeente.of(v.get(CODE), v.get(NAAM)) : null;
  });

  private static final Field<Peuter, String> ID = new Field<>("id", STRING, Peuter::id, Peuter::violations);
  private static final Field<Peuter, Gemeentecode> PEUTER_GEMEENTE = new Field<>("gemeente", GEMEENTECODE, Peuter::gemeente);
  private static final Field<Peuter, Integer> LEEFTIJD =
      new Field<>("leeftijdInMaanden", integer(0, Peuter.MAX_LEEFTIJD_IN_MAANDEN), Peuter::leeftijdInMaanden);
  private static final Field<Peuter, Set<DoelgroepIndicator>> INDICATOREN =
      new Field<>("indicatoren", constants(DoelgroepIndicator.class), Peuter::indicatoren);
  private static final Field<Peuter, Boolean> VE_DEELNAME = new Field<>("veDeelname", BOOL, Peuter::veDeelname);

  /** One {@code lea-peuters/1} record. */
  public static final Shape<Peuter> PEUTER = new Shape<>(List.of(ID, PEUTER_GEMEENTE, LEEFTIJD, INDICATOREN, VE_DEELNAME),
      (r, n, p, v) -> v.all() ? r.bouw(n, p, () -> Peuter.of(v.get(ID), v.get(PEUTER_GEMEENTE), v.get(LEEFTIJD), v.get(INDICATOREN),
          v.get(VE_DEELNAME))) : null);

  private static <E> E waarde(Optional<E> o) {
    return o == null ? null : o.orElse(null);
  }
}
