package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.measure.Quantity;
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
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OmvangIndeling;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * Every public method of lea-core, called with random arguments of which some are invalid (null,
 * out of range, blank, holding null, breaking a cross-field rule), either returns a value or throws
 * {@link DomainValidationException}: never a NullPointerException from generated code, an
 * IllegalStateException from a builder, a ClassCastException or anything else. A null argument is
 * always rejected (except where the Javadoc allows null).
 */
class ConstructionProperties {

  /** Parameters documented as nullable: the optional builder fields. */
  private static final Set<String> NULLABLE = Set.of("Builder.reikwijdte", "Builder.frequentie");

  private static final List<Method> METHODS = publicMethods();

  private static List<Method> publicMethods() {
    List<Method> methods = new ArrayList<>();
    new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.lea.core")
        .stream()
        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().contains(".internal"))
        .filter(c -> !c.isAnnotation() && !c.isInterface())
        // The exception's own argument checks are tested in DomainValidationExceptionTest.
        .filter(c -> !c.getName().startsWith(DomainValidationException.class.getName()))
        .map(c -> c.reflect())
        .forEach(c -> {
          for (Method m : c.getDeclaredMethods()) {
            boolean isEnumHelper = c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf"));
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !isEnumHelper
                && m.getParameterCount() > 0 && !m.getName().equals("equals") && !m.getName().equals("compareTo")) {
              methods.add(m);
            }
          }
        });
    methods.sort(Comparator.comparing(Method::toGenericString));
    return methods;
  }

  @Test
  void everyPublicMethodWithArgumentsIsCovered() {
    // Guards the harness itself: new factories must be generated for, not silently skipped.
    System.out.println("ConstructionProperties covers " + METHODS.size() + " public methods");
    assertTrue(METHODS.size() > 40, "found only " + METHODS.size() + " methods: " + METHODS);
    Random r = new Random(1);
    for (Method m : METHODS) {
      for (Type t : m.getGenericParameterTypes()) {
        assertNotNull(new Args(r).value(t, false), "no generator for " + t + " in " + m);
      }
    }
  }

  @Test
  void returnsAValueOrThrowsTheDomainException() {
    qt().withExamples(5_000)
        .forAll(integers().between(0, METHODS.size() - 1), longs().all())
        .checkAssert((index, seed) -> call(METHODS.get(index), new Random(seed)));
  }

  private static void call(Method m, Random r) {
    Args args = new Args(r);
    Type[] types = m.getGenericParameterTypes();
    Object[] values = new Object[types.length];
    boolean metNull = false;
    for (int i = 0; i < types.length; i++) {
      boolean ongeldig = r.nextInt(4) == 0;
      values[i] = args.value(types[i], ongeldig);
      String naam = m.getDeclaringClass().getSimpleName() + "." + m.getName();
      metNull |= values[i] == null && !NULLABLE.contains(naam) && !isInternal(m);
    }
    Object receiver = Modifier.isStatic(m.getModifiers()) ? null : args.value(m.getDeclaringClass(), false);
    try {
      Object result = m.invoke(receiver, values);
      if (result instanceof Resultaatafspraken.Builder) {
        result = ((Resultaatafspraken.Builder) result).build();
      }
      if (metNull) {
        fail(m + " accepted null among " + java.util.Arrays.toString(values));
      }
      if (m.getReturnType() != void.class && m.getReturnType() != boolean.class) {
        assertNotNull(result, m.toString());
      }
    } catch (InvocationTargetException e) {
      if (!(e.getCause() instanceof DomainValidationException)) {
        throw new AssertionError(m + " threw " + e.getCause() + " for " + java.util.Arrays.toString(values), e.getCause());
      }
      assertTrue(e.getCause().getMessage().contains(((DomainValidationException) e.getCause()).field()));
    } catch (DomainValidationException e) {
      // thrown by the builder's build() above
      assertTrue(e.getMessage().startsWith(e.field()));
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The readers' rule checks over partial values take null for "unknown" by design. */
  private static boolean isInternal(Method m) {
    org.apiguardian.api.API api = m.getAnnotation(org.apiguardian.api.API.class);
    return api != null && api.status() == org.apiguardian.api.API.Status.INTERNAL;
  }

  /** Random argument values by type; {@code ongeldig} asks for an invalid one. */
  private static final class Args {
    private final Random r;

    Args(Random r) {
      this.r = r;
    }

    private <T> T pick(List<T> values) {
      return values.get(r.nextInt(values.size()));
    }

    Object value(Type type, boolean ongeldig) {
      if (ongeldig && r.nextInt(3) == 0 && !(type instanceof Class && ((Class<?>) type).isPrimitive())) {
        return null;
      }
      if (type instanceof WildcardType) {
        return value(((WildcardType) type).getUpperBounds()[0], ongeldig);
      }
      if (type instanceof ParameterizedType) {
        return parameterized((ParameterizedType) type, ongeldig);
      }
      Class<?> c = (Class<?>) type;
      if (c.isArray()) {
        int n = r.nextInt(4);
        Object array = Array.newInstance(c.getComponentType(), n);
        for (int i = 0; i < n; i++) {
          Array.set(array, i, value(c.getComponentType(), ongeldig && r.nextBoolean()));
        }
        return array;
      }
      if (c == int.class) {
        return ongeldig
            ? pick(List.of(-1, 1_000_001, 53, 97, 10_000, 1999, 2101, Integer.MIN_VALUE, Integer.MAX_VALUE))
            : pick(List.of(0, 1, 2, 3, 4, 6, 7, 9, 29, 30, 47, 48, 52, 96, 363, 2022, 1_000_000));
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
            ? pick(List.of("", "  ", "GM14", "gm0014", "GM00140", "20222", "x y"))
            : pick(List.of("GM0014", "GM0363", "2022", "Groningen", " Almere ", "p-1"));
      }
      if (c == OptionalInt.class) {
        return ongeldig ? OptionalInt.of(pick(List.of(-1, 1_000_001))) : pick(List.of(OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(812)));
      }
      if (c == Quantity.class) {
        return Quantities.getQuantity(ongeldig ? pick(List.of(-1, 25, 1441)) : pick(List.of(0, 3.5, 4)), ongeldig && r.nextBoolean() ? Units.MINUTE : Units.HOUR);
      }
      if (c == Gemeentecode.class) {
        return Gemeentecode.of(r.nextInt(10_000));
      }
      if (c == Gemeente.class) {
        return Gemeente.of(Gemeentecode.of(r.nextInt(10_000)), "Gemeente");
      }
      if (c == Verslagjaar.class) {
        return Verslagjaar.of(2000 + r.nextInt(101));
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
        return pick(List.of(Aanbod.onbekend(), Aanbod.of(100, 90, 120)));
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
            Aanbod.onbekend(), Resultaatafspraken.geen());
      }
      if (c == GemeenteAntwoord.class) {
        return GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0014", "Groningen"));
      }
      if (c == VeAanbod.class) {
        return VeAanbod.gelijkeDagen(4, Quantities.getQuantity(4, Units.HOUR), 40);
      }
      if (c == nl.lea.core.peuter.Peuter.class) {
        return nl.lea.core.peuter.Peuter.of("p", Gemeentecode.of(14), 36, Set.of(), true);
      }
      if (c == java.time.LocalDate.class) {
        return java.time.LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28));
      }
      if (c == nl.lea.core.toezicht.AanvaardeToelichting.class) {
        return pick(List.of(nl.lea.core.toezicht.AanvaardeToelichting.of("V4"), nl.lea.core.toezicht.AanvaardeToelichting.of("L4", "Speelt niet.")));
      }
      if (c == nl.lea.core.toezicht.Signaal.class) {
        return nl.lea.core.toezicht.Signaal.of(pick(List.of(nl.lea.core.toezicht.Domein.values())), "Signaal.");
      }
      if (c == nl.lea.core.toezicht.Verbeterafspraak.class) {
        return nl.lea.core.toezicht.Verbeterafspraak.of(ongeldig ? nl.lea.core.toezicht.Toezichtonderwerp.TOELEIDING
            : nl.lea.core.toezicht.Toezichtonderwerp.VOORKOMEN_SEGREGATIE, "Agenderen.");
      }
      if (c == nl.lea.core.toezicht.Contact.class) {
        return nl.lea.core.toezicht.Contact.of(pick(List.of(nl.lea.core.toezicht.Domein.values())),
            nl.lea.core.toezicht.Contactuitkomst.GEEN_RISICO_MEER, List.of());
      }
      if (c == nl.lea.core.toezicht.Beoordeling.class) {
        return nl.lea.core.toezicht.Beoordeling.leeg(Gemeentecode.of(ongeldig ? 14 : r.nextInt(10_000)));
      }
      if (c == nl.lea.core.toezicht.Beoordelingen.class) {
        return nl.lea.core.toezicht.Beoordelingen.of(Verslagjaar.of(2022), List.of(nl.lea.core.toezicht.Beoordeling.leeg(Gemeentecode.of(14))));
      }
      if (c == DomainValidationException.Violation.class) {
        return DomainValidationException.Violation.of(pick(List.of("code", "inhoud[1].gebied", "contact[LEA]", "")), "breaks a rule", "x");
      }
      if (c == java.util.function.UnaryOperator.class) {
        return java.util.function.UnaryOperator.identity();
      }
      if (c == nl.lea.core.toezicht.Regelset.class) {
        return new nl.lea.core.toezicht.Regelset() {
          @Override
          public List<String> codes() {
            return List.of("L0", "V4");
          }

          @Override
          public Set<nl.lea.core.toezicht.Domein> domeinen(String code) {
            return Set.of(nl.lea.core.toezicht.Domein.VVE);
          }

          @Override
          public List<String> gevuurd(GemeenteAntwoord antwoord) {
            return antwoord.isIngevuld() ? List.of("V4") : List.of("L0");
          }

          @Override
          public java.util.Optional<String> nietIngevuld() {
            return java.util.Optional.of("L0");
          }
        };
      }
      if (c == nl.lea.core.vragenlijst.Vragenlijst.class) {
        return nl.lea.core.vragenlijst.Vragenlijst.of(Verslagjaar.of(2022), List.of());
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
      if (raw == Map.class) {
        Class<?> key = (Class<?>) args[0];
        if (key == LeaThema.class) {
          if (ongeldig && r.nextBoolean()) {
            Map<LeaThema, ThemaAntwoord> map = new java.util.HashMap<>(themaMap(false));
            map.put(LeaThema.VOORKOMEN_SEGREGATIE, null);
            return map;
          }
          return themaMap(ongeldig);
        }
        if (key == DayOfWeek.class) {
          Map<DayOfWeek, Object> map = new java.util.HashMap<>();
          for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextBoolean()) {
              map.put(d, value(Quantity.class, ongeldig && r.nextBoolean()));
            }
          }
          return map;
        }
        return null;
      }
      if (raw == java.util.function.UnaryOperator.class) {
        return java.util.function.UnaryOperator.identity();
      }
      if (raw == Quantity.class) {
        return value(Quantity.class, ongeldig);
      }
      if (raw == Set.class || raw == Collection.class || raw == List.class) {
        Type element = args[0] instanceof WildcardType ? ((WildcardType) args[0]).getUpperBounds()[0] : args[0];
        int n = r.nextInt(4);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          values.add(value(element, false));
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
}
