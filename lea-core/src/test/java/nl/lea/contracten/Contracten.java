package nl.lea.contracten;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.measure.Quantity;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Toezichtonderwerp;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OmvangIndeling;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.apiguardian.api.API;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * The contract of every public method and constructor of lea, checked by calling each with random
 * arguments of which some are invalid (null, out of range, blank, holding null, breaking a
 * cross-field rule): it returns or throws one of lea's own exceptions — {@link
 * DomainValidationException} for an argument, or an exception the module declares for its
 * purpose (a reader's error, an I/O failure, an overflow) — never a NullPointerException, a bare
 * IllegalArgumentException, an IllegalStateException, a ClassCastException or an index out of
 * bounds. A null argument is always rejected, except where the method is marked {@code INTERNAL} (a
 * reader's rule check over partial values) or listed as nullable. A collection or map that a method
 * returns cannot be changed.
 *
 * <p>lea-core checks its own types with this harness ({@code ConstructionProperties}); lea-publicatie,
 * which sees every module, checks lea-bereik, lea-json, lea-rapport and itself, adding generators
 * for their types ({@link #met}). Shared as lea-core's test jar, in a package of its own (a test
 * jar's classes in {@code nl.lea.core} would be hidden behind the module of that name).
 */
public final class Contracten {

  /** Makes a value of a type; {@code ongeldig} asks for an invalid one where the type has one. */
  @FunctionalInterface
  public interface Generator {
    Object waarde(Args args, boolean ongeldig);
  }

  private final List<Executable> leden;
  private final Map<Class<?>, Generator> generatoren = new HashMap<>();
  private final Map<String, Generator> perLid = new HashMap<>();
  private final Set<String> nullable = new HashSet<>();
  private final Set<Class<? extends Throwable>> toegestaan = new HashSet<>(Set.of(DomainValidationException.class));

  private Contracten(List<Executable> leden) {
    this.leden = leden;
  }

  /**
   * The public methods and the public constructors with arguments of the public classes of the
   * packages (not their {@code internal} packages), sorted by signature.
   *
   * @param packages the package names, such as {@code nl.lea.bereik}
   * @return the harness, not null
   */
  public static Contracten van(String... packages) {
    List<Executable> leden = new ArrayList<>();
    new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(packages)
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().contains(".internal"))
        .filter(c -> !c.isAnnotation())
        // The exception's own argument checks are tested in DomainValidationExceptionTest.
        .filter(c -> !c.getName().startsWith(DomainValidationException.class.getName()))
        .map(c -> c.reflect())
        .filter(c -> Arrays.stream(packages).anyMatch(p -> c.getPackageName().startsWith(p)))
        .forEach(c -> {
          for (Method m : c.getDeclaredMethods()) {
            boolean isEnumHelper = c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf"));
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isEnumHelper
                && !List.of("equals", "compareTo").contains(m.getName()) && !overridesForeign(m)
                // an interface's abstract method is checked in its implementations
                && !(c.isInterface() && Modifier.isAbstract(m.getModifiers()))) {
              leden.add(m);
            }
          }
          if (!c.isInterface() && !c.isEnum() && !Modifier.isAbstract(c.getModifiers())) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
              if (Modifier.isPublic(k.getModifiers()) && k.getParameterCount() > 0 && !Throwable.class.isAssignableFrom(c)) {
                leden.add(k);
              }
            }
          }
        });
    leden.sort(Comparator.comparing(Executable::toGenericString));
    return new Contracten(leden);
  }

  /** A method that implements one of another library's types (Jackson's, the JDK's) keeps that contract. */
  private static boolean overridesForeign(Method m) {
    for (Class<?> c = m.getDeclaringClass().getSuperclass(); c != null; c = c.getSuperclass()) {
      if (!c.getName().startsWith("nl.lea.") && declares(c, m)) {
        return true;
      }
    }
    for (Class<?> i : alleInterfaces(m.getDeclaringClass())) {
      if (!i.getName().startsWith("nl.lea.") && declares(i, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declares(Class<?> c, Method m) {
    try {
      c.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Set<Class<?>> alleInterfaces(Class<?> c) {
    Set<Class<?>> alle = new HashSet<>();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        alle.add(i);
        alle.addAll(alleInterfaces(i));
      }
    }
    return alle;
  }

  /**
   * Adds a generator for a type of another module.
   *
   * @param type the type
   * @param generator makes its values
   * @return this harness
   */
  public Contracten met(Class<?> type, Generator generator) {
    generatoren.put(type, generator);
    return this;
  }

  /**
   * Adds a generator for the parameters of one type of one member only, where the type's usual
   * values would make the member slow (a file of another format read line by line).
   *
   * @param lid the member, as {@code Class.method}
   * @param type the parameter type
   * @param generator makes its values
   * @return this harness
   */
  public Contracten met(String lid, Class<?> type, Generator generator) {
    perLid.put(lid + "#" + type.getName(), generator);
    return this;
  }

  /**
   * Lists methods, as {@code Class.method}, that take null for some argument by their Javadoc.
   *
   * @param methoden the methods
   * @return this harness
   */
  public Contracten nullable(String... methoden) {
    nullable.addAll(List.of(methoden));
    return this;
  }

  /**
   * Adds exceptions the modules declare for their purpose (besides {@link DomainValidationException}).
   *
   * @param exceptions the exception types; their subclasses are allowed too
   * @return this harness
   */
  @SafeVarargs
  public final Contracten toegestaan(Class<? extends Throwable>... exceptions) {
    toegestaan.addAll(List.of(exceptions));
    return this;
  }

  /**
   * Gets the methods and constructors checked.
   *
   * @return them, sorted, not null
   */
  public List<Executable> leden() {
    return leden;
  }

  /**
   * Checks the harness itself: a generator for every parameter and receiver, so that no method is
   * silently skipped.
   *
   * @param minimaal the least number of members the packages must have
   */
  public void controleerDekking(int minimaal) {
    System.out.println("Contracten covers " + leden.size() + " public methods and constructors");
    assertTrue(leden.size() >= minimaal, "found only " + leden.size() + ": " + leden);
    Random r = new Random(1);
    List<String> zonder = new ArrayList<>();
    for (Executable m : leden) {
      for (Type t : m.getGenericParameterTypes()) {
        if (new Args(r, this).value(t, false) == null) {
          zonder.add(t + " in " + m);
        }
      }
      if (m instanceof Method && !Modifier.isStatic(m.getModifiers()) && new Args(r, this).value(m.getDeclaringClass(), false) == null) {
        zonder.add("the receiver of " + m);
      }
    }
    assertTrue(zonder.isEmpty(), "no generator for:\n" + String.join("\n", zonder));
  }

  /**
   * Calls random members with random arguments, checking the contract.
   *
   * @param voorbeelden the number of calls
   */
  public void controleer(int voorbeelden) {
    qt().withExamples(voorbeelden)
        .forAll(integers().between(0, leden.size() - 1), longs().all())
        .checkAssert((index, seed) -> call(leden.get(index), new Random(seed)));
  }

  /**
   * Calls every member {@code keer} times with seeded random arguments and lists each member's first
   * breach of the contract, for finding all of them at once (the property stops at the first).
   *
   * @param keer the calls per member
   * @return one line per member that broke the contract, not null
   */
  public List<String> overtredingen(int keer) {
    List<String> lijst = new ArrayList<>();
    for (Executable m : leden) {
      for (int i = 0; i < keer; i++) {
        try {
          call(m, new Random(i * 31L + m.toGenericString().hashCode()));
        } catch (Throwable t) {
          lijst.add(m + ": " + t.getMessage().lines().findFirst().orElse("") + (t.getCause() == null ? "" : " / " + t.getCause()));
          break;
        }
      }
    }
    return lijst;
  }

  private static boolean isInternal(Executable m) {
    API api = m.getAnnotation(API.class);
    return api != null && api.status() == API.Status.INTERNAL;
  }

  private void call(Executable m, Random r) {
    Args args = new Args(r, this);
    Type[] types = m.getGenericParameterTypes();
    Object[] values = new Object[types.length];
    boolean metNull = false;
    String naam = m.getDeclaringClass().getSimpleName() + "." + (m instanceof Constructor ? "<init>" : m.getName());
    for (int i = 0; i < types.length; i++) {
      boolean ongeldig = r.nextInt(4) == 0;
      Generator eigen = perLid.get(naam + "#" + m.getParameterTypes()[i].getName());
      values[i] = eigen != null ? eigen.waarde(args, ongeldig) : args.value(types[i], ongeldig);
      metNull |= values[i] == null && !nullable.contains(naam) && !isInternal(m);
    }
    Object receiver = m instanceof Method && !Modifier.isStatic(m.getModifiers()) ? args.value(m.getDeclaringClass(), false) : null;
    try {
      Object result = m instanceof Method method ? method.invoke(receiver, values) : ((Constructor<?>) m).newInstance(values);
      if (result instanceof Resultaatafspraken.Builder b) {
        result = b.build();
      }
      if (metNull) {
        fail(m + " accepted null among " + Arrays.toString(values));
      }
      if (m instanceof Method method && method.getReturnType() != void.class && method.getReturnType() != boolean.class) {
        assertNotNull(result, m.toString());
      }
      onveranderlijk(m, result);
    } catch (InvocationTargetException e) {
      Throwable oorzaak = e.getCause();
      if (toegestaan.stream().noneMatch(t -> t.isInstance(oorzaak))) {
        throw new AssertionError(m + " threw " + oorzaak + " for " + Arrays.toString(values), oorzaak);
      }
      if (oorzaak instanceof DomainValidationException d) {
        assertTrue(d.getMessage().startsWith(d.field()), d.getMessage());
      }
    } catch (DomainValidationException e) {
      // thrown by the builder's build() above
      assertTrue(e.getMessage().startsWith(e.field()));
    } catch (IllegalAccessException | InstantiationException e) {
      throw new AssertionError(e);
    }
  }

  /** A collection or map a public method returns cannot be changed. */
  private static void onveranderlijk(Executable m, Object result) {
    // Adding is refused by every unmodifiable collection, also an empty one (whose clear() does nothing).
    if (result instanceof Collection<?> c) {
      assertThrows(UnsupportedOperationException.class, () -> c.add(null), m + " returns a mutable collection");
    } else if (result instanceof Map<?, ?> map) {
      assertThrows(UnsupportedOperationException.class, () -> map.put(null, null), m + " returns a mutable map");
    } else if (result instanceof Optional<?> o && o.isPresent()) {
      onveranderlijk(m, o.get());
    }
  }

  /** Random argument values by type; {@code ongeldig} asks for an invalid one. */
  public static final class Args {
    private final Random r;
    private final Contracten contracten;

    Args(Random r, Contracten contracten) {
      this.r = r;
      this.contracten = contracten;
    }

    /** The source of randomness, for generators. */
    public Random random() {
      return r;
    }

    /** One of the values. */
    public <T> T pick(List<T> values) {
      return values.get(r.nextInt(values.size()));
    }

    /**
     * A value of a type.
     *
     * @param type the type
     * @param ongeldig whether an invalid value is asked for
     * @return the value, null if there is no generator (or as the invalid value)
     */
    public Object value(Type type, boolean ongeldig) {
      if (ongeldig && r.nextInt(3) == 0 && !(type instanceof Class && ((Class<?>) type).isPrimitive())) {
        return null;
      }
      if (type instanceof WildcardType w) {
        return value(w.getUpperBounds()[0], ongeldig);
      }
      if (type instanceof ParameterizedType p) {
        return parameterized(p, ongeldig);
      }
      if (!(type instanceof Class)) {
        return null;
      }
      Class<?> c = (Class<?>) type;
      Generator extra = contracten.generatoren.get(c);
      if (extra != null) {
        return extra.waarde(this, ongeldig);
      }
      if (c.isArray()) {
        int n = r.nextInt(4);
        Object array = Array.newInstance(c.getComponentType(), n);
        for (int i = 0; i < n; i++) {
          Array.set(array, i, value(c.getComponentType(), ongeldig && r.nextBoolean()));
        }
        return array;
      }
      if (c == int.class || c == Integer.class) {
        return ongeldig
            ? pick(List.of(-1, 1_000_001, 53, 97, 512, 10_000, 1999, 2101, Integer.MIN_VALUE, Integer.MAX_VALUE))
            : pick(List.of(0, 1, 2, 3, 4, 6, 7, 9, 29, 30, 47, 48, 52, 96, 363, 2022, 1_000_000));
      }
      if (c == long.class || c == Long.class) {
        return ongeldig ? pick(List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE)) : pick(List.of(0L, 1L, 7L, 340L, 1_000_000L));
      }
      if (c == boolean.class || c == Boolean.class) {
        return r.nextBoolean();
      }
      if (c.isEnum()) {
        Object[] constants = c.getEnumConstants();
        return constants[r.nextInt(constants.length)];
      }
      if (c == String.class || c == CharSequence.class) {
        return ongeldig
            ? pick(List.of("", "  ", "GM14", "gm0014", "GM00140", "20222", "x y", "L9", "\u0000"))
            : pick(List.of("GM0014", "GM0363", "2022", "Groningen", " Almere ", "p-1", "L4", "V4", "THUISTAAL"));
      }
      if (c == Object.class) {
        return pick(List.of("x", 1, List.of()));
      }
      if (c == java.util.OptionalLong.class) {
        return ongeldig ? java.util.OptionalLong.of(-1) : pick(List.of(java.util.OptionalLong.empty(), java.util.OptionalLong.of(3)));
      }
      if (c == java.math.BigDecimal.class) {
        return pick(List.of(java.math.BigDecimal.ONE, new java.math.BigDecimal("0.825"), new java.math.BigDecimal("1E+400")));
      }
      if (c == OptionalInt.class) {
        return ongeldig ? OptionalInt.of(pick(List.of(-1, 1_000_001))) : pick(List.of(OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(812)));
      }
      if (c == Quantity.class) {
        return Quantities.getQuantity(ongeldig ? pick(List.of(-1, 25, 1441)) : pick(List.of(0, 3.5, 4)), ongeldig && r.nextBoolean() ? Units.MINUTE : Units.HOUR);
      }
      if (c == Gemeentecode.class) {
        return Gemeentecode.of(ongeldig ? 14 : r.nextInt(10_000));
      }
      if (c == Gemeente.class) {
        return Gemeente.of(Gemeentecode.of(r.nextInt(10_000)), "Gemeente");
      }
      if (c == Verslagjaar.class) {
        return Verslagjaar.of(ongeldig ? 2021 : 2022);
      }
      if (c == Doel.class) {
        return Doel.of(pick(List.of(DoelStatus.values())));
      }
      if (c == Inhoud.class) {
        return Inhoud.of(pick(List.of(InhoudType.values())), pick(List.of(Ontwikkelingsgebied.values())));
      }
      if (c == ThemaAntwoord.class) {
        return ThemaAntwoord.of(true, Set.of(), pick(List.of(AfspraakStatus.values())), List.of(Doel.of(DoelStatus.BEHAALD)));
      }
      if (c == LeaAntwoord.class) {
        return LeaAntwoord.of(themaMap(false));
      }
      if (c == OnderwerpAntwoord.class) {
        VveOnderwerp o = pick(List.of(VveOnderwerp.values()));
        return OnderwerpAntwoord.of(o, VveUitkomst.GEEN_OVERLEG);
      }
      if (c == Doelgroepdefinitie.class) {
        return pick(List.of(Doelgroepdefinitie.onbekend(), Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL)),
            Doelgroepdefinitie.metCriteria(List.of(Set.of(DoelgroepIndicator.KIND_IN_AZC, DoelgroepIndicator.THUISTAAL)))));
      }
      if (c == OmvangIndeling.class) {
        return pick(List.of(OmvangIndeling.standaard(), OmvangIndeling.of(1, 2)));
      }
      if (c == Aanbod.class) {
        return pick(List.of(Aanbod.onbekend(), Aanbod.of(100, 90, 120), Aanbod.of(100, 120, 80)));
      }
      if (c == Resultaatafspraken.class) {
        return pick(List.of(Resultaatafspraken.geen(), Resultaatafspraken.onbekend(), Resultaatafspraken.wel().build()));
      }
      if (c == Resultaatafspraken.Builder.class) {
        return Resultaatafspraken.builder(pick(List.of(nl.lea.core.resultaat.ResultaatafsprakenStatus.values())));
      }
      if (c == VveAntwoord.class) {
        return VveAntwoord.of(OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.NIEUW), Doelgroepdefinitie.onbekend(),
            OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.NIEUW), OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.NIEUW),
            (Aanbod) value(Aanbod.class, false), Resultaatafspraken.geen());
      }
      if (c == GemeenteAntwoord.class) {
        return r.nextBoolean() ? GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0014", "Groningen"))
            : GemeenteAntwoord.ingevuld(Gemeente.of("GM0014", "Groningen"), LeaAntwoord.of(themaMap(false)),
                (VveAntwoord) value(VveAntwoord.class, false));
      }
      if (c == VeAanbod.class) {
        return VeAanbod.gelijkeDagen(4, Quantities.getQuantity(4, Units.HOUR), 40);
      }
      if (c == nl.lea.core.peuter.Peuter.class) {
        return nl.lea.core.peuter.Peuter.of("p", Gemeentecode.of(14), pick(List.of(12, 36, 40)), Set.of(pick(List.of(DoelgroepIndicator.values()))), r.nextBoolean());
      }
      if (c == java.time.LocalDate.class) {
        return java.time.LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28));
      }
      if (c == nl.lea.core.thema.JaarlijksOverleg.class) {
        boolean lea = r.nextBoolean();
        return nl.lea.core.thema.JaarlijksOverleg.of(lea, lea ? Set.of(nl.lea.core.thema.Overlegvorm.LEA) : Set.of(),
            Set.of(nl.lea.core.thema.Overlegpartij.JGZ));
      }
      if (c == nl.lea.core.vragenlijst.Verantwoording.class) {
        return nl.lea.core.vragenlijst.Verantwoording.of(Verslagjaar.of(2022), Optional.of(java.time.LocalDate.of(2023, 3, 1)),
            r.nextBoolean() ? Optional.empty() : Optional.of(java.time.LocalDate.of(2023, 4, 2)));
      }
      if (c == nl.lea.core.jaren.Herindeling.class) {
        int code = 1 + r.nextInt(9000);
        return nl.lea.core.jaren.Herindeling.of(java.time.LocalDate.of(2020 + r.nextInt(5), 1, 1),
            List.of(Gemeente.of(Gemeentecode.of(code), "A"), Gemeente.of(Gemeentecode.of(ongeldig ? code : code + 1), "B")),
            Gemeente.of(Gemeentecode.of(code), "A"));
      }
      if (c == nl.lea.core.jaren.Herindelingen.class) {
        return nl.lea.core.jaren.Herindelingen.of(List.of((nl.lea.core.jaren.Herindeling) value(nl.lea.core.jaren.Herindeling.class, false)));
      }
      if (c == nl.lea.core.jaren.Cijfer.class) {
        return nl.lea.core.jaren.Cijfer.of(Verslagjaar.of(2021), "1.1-lea-overleg", "GEEN_LEA_OVERLEG", ongeldig ? 326 : 35, 325, "Bron.");
      }
      if (c == nl.lea.core.jaren.Cijfers.class) {
        return nl.lea.core.jaren.Cijfers.of(List.of((nl.lea.core.jaren.Cijfer) value(nl.lea.core.jaren.Cijfer.class, false)));
      }
      if (c == AanvaardeToelichting.class) {
        return pick(List.of(AanvaardeToelichting.of("V4"), AanvaardeToelichting.of("L4", "Speelt niet.")));
      }
      if (c == Signaal.class) {
        return Signaal.of(pick(List.of(Domein.values())), "Signaal.");
      }
      if (c == Verbeterafspraak.class) {
        return Verbeterafspraak.of(ongeldig ? Toezichtonderwerp.TOELEIDING : Toezichtonderwerp.VOORKOMEN_SEGREGATIE, "Agenderen.");
      }
      if (c == Contact.class) {
        return Contact.of(pick(List.of(Domein.values())), Contactuitkomst.GEEN_RISICO_MEER, List.of());
      }
      if (c == Beoordeling.class) {
        return Beoordeling.leeg(Gemeentecode.of(ongeldig ? 14 : r.nextInt(10_000)));
      }
      if (c == Beoordelingen.class) {
        return Beoordelingen.of(Verslagjaar.of(2022), List.of(Beoordeling.leeg(Gemeentecode.of(14))));
      }
      if (c == Vragenlijst.class) {
        return Vragenlijst.of(Verslagjaar.of(2022), r.nextBoolean() ? List.of()
            : List.of((GemeenteAntwoord) value(GemeenteAntwoord.class, false)));
      }
      if (c == DomainValidationException.Violation.class) {
        return DomainValidationException.Violation.of(pick(List.of("code", "inhoud[1].gebied", "contact[LEA]", "")), "breaks a rule", "x");
      }
      if (c == java.util.function.UnaryOperator.class) {
        return java.util.function.UnaryOperator.identity();
      }
      if (c == Regelset.class) {
        return TESTREGELS;
      }
      // A stateless class with a public no-argument constructor (a format, a module).
      if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
        try {
          return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
      return null;
    }

    private Map<LeaThema, ThemaAntwoord> themaMap(boolean ongeldig) {
      Map<LeaThema, ThemaAntwoord> map = new EnumMap<>(LeaThema.class);
      for (LeaThema t : LeaThema.values()) {
        map.put(t, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
      }
      if (ongeldig) {
        map.remove(pick(List.of(LeaThema.values())));
      }
      return map;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object parameterized(ParameterizedType type, boolean ongeldig) {
      Class<?> raw = (Class<?>) type.getRawType();
      Type[] args = type.getActualTypeArguments();
      Generator extra = contracten.generatoren.get(raw);
      if (extra != null) {
        return extra.waarde(this, ongeldig);
      }
      if (raw == Map.class) {
        Class<?> key = args[0] instanceof Class<?> k ? k : Object.class;
        if (key == LeaThema.class) {
          if (ongeldig && r.nextBoolean()) {
            Map<LeaThema, ThemaAntwoord> map = new HashMap<>(themaMap(false));
            map.put(LeaThema.VOORKOMEN_SEGREGATIE, null);
            return map;
          }
          return themaMap(ongeldig);
        }
        if (key == DayOfWeek.class) {
          Map<DayOfWeek, Object> map = new HashMap<>();
          for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextBoolean()) {
              map.put(d, value(Quantity.class, ongeldig && r.nextBoolean()));
            }
          }
          return map;
        }
        Map<Object, Object> map = new HashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          Object k = value(args[0], false);
          if (k != null) {
            map.put(k, value(args[1], false));
          }
        }
        if (ongeldig && r.nextBoolean()) {
          map.put(value(args[0], false), null);
        }
        return map;
      }
      if (raw == Quantity.class) {
        return value(Quantity.class, ongeldig);
      }
      if (raw == Optional.class) {
        return ongeldig && r.nextBoolean() ? null : r.nextBoolean() ? Optional.empty() : Optional.ofNullable(value(args[0], false));
      }
      if (raw == java.util.function.UnaryOperator.class || raw == java.util.function.Function.class) {
        return java.util.function.UnaryOperator.identity();
      }
      if (raw == java.util.function.Predicate.class) {
        return (java.util.function.Predicate<Object>) x -> r.nextBoolean();
      }
      if (raw == java.util.function.Consumer.class) {
        return (java.util.function.Consumer<Object>) x -> { };
      }
      if (raw == Set.class || raw == Collection.class || raw == List.class || raw == Iterable.class) {
        Type element = args[0] instanceof WildcardType w ? w.getUpperBounds()[0] : args[0];
        int n = r.nextInt(4);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Object v = value(element, false);
          if (v != null) {
            values.add(v);
          }
        }
        if (ongeldig) {
          if (element instanceof ParameterizedType) {
            values.add(new HashSet<>()); // an empty clause
          } else if (r.nextBoolean()) {
            values.add(null);
          } else {
            values.clear();
          }
        }
        if (raw == List.class) {
          return values;
        }
        return values.contains(null) ? new HashSet<>(values) : values.stream().collect(Collectors.toSet());
      }
      return null;
    }
  }

  /** A small rule set: L0 for a questionnaire not returned, V4 otherwise. */
  private static final Regelset TESTREGELS = new Regelset() {
    @Override
    public List<String> codes() {
      return List.of("L0", "V4");
    }

    @Override
    public Set<Domein> domeinen(String code) {
      return code.equals("L0") ? Set.of(Domein.LEA, Domein.VVE) : Set.of(Domein.VVE);
    }

    @Override
    public List<String> gevuurd(GemeenteAntwoord antwoord) {
      return antwoord.isIngevuld() ? List.of("V4") : List.of("L0");
    }

    @Override
    public Optional<String> nietIngevuld() {
      return Optional.of("L0");
    }
  };
}
