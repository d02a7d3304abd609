package nl.lea.json.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;

/**
 * Typed access to a {@link Node} tree that records every violation in {@link Errors} with its
 * pointer and returns {@code null} for a value it could not read, so reading goes on and every
 * error is found. Not API.
 */
public class Reader {

  protected final Errors errors;

  public Reader(Errors errors) {
    this.errors = errors;
  }

  /** An object whose fields are taken one by one; {@link #finish()} reports the unknown ones. */
  public final class Obj {
    private final Node node;
    private final String pointer;
    private final Set<String> gelezen = new HashSet<>();

    Obj(Node node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    public String pointer() {
      return pointer;
    }

    /** The object itself. */
    public Node node() {
      return node;
    }

    public String at(String name) {
      return Pointer.child(pointer, name);
    }

    /** The field, or null after reporting it missing. */
    public Node required(String name) {
      gelezen.add(name);
      Node n = node.fields().get(name);
      if (n == null) {
        errors.missing(at(name));
      }
      return n;
    }

    /** The field, or null if absent. */
    public Node optional(String name) {
      gelezen.add(name);
      return node.fields().get(name);
    }

    public boolean has(String name) {
      return node.fields().containsKey(name);
    }

    /** Reports every field that was not asked for; true if there was none. */
    public boolean finish() {
      return finish(null);
    }

    /**
     * Reports every field that was not asked for, listing the allowed names when given (an object
     * keyed by enum constants); true if there was none.
     */
    public boolean finish(List<String> toegestaan) {
      boolean bekend = true;
      for (Map.Entry<String, Node> f : node.fields().entrySet()) {
        if (!gelezen.contains(f.getKey())) {
          errors.add(at(f.getKey()), "unknown field \"" + f.getKey() + "\"" + (toegestaan == null ? "" : "; allowed: "
              + String.join(", ", toegestaan)), null);
          bekend = false;
        }
      }
      return bekend;
    }
  }

  /**
   * Reports the violations of a domain rule that lea-core found in a value read at {@code
   * pointer}: each at its own pointer below it, naming any field it refers to by its pointer, and
   * repeating the offending value as the document wrote it where the violation is of the value.
   *
   * @param n the value read, not null
   * @param pointer its pointer
   * @param violations lea-core's violations, relative to the value
   * @return true if there was any
   */
  public boolean meld(Node n, String pointer, List<DomainValidationException.Violation> violations) {
    for (DomainValidationException.Violation v : violations) {
      Node waarde = v.repeatsValue() ? n.at(v.pointer()) : null;
      errors.add(pointer + v.pointer(), v.rule(p -> pointer + p), waarde);
    }
    return !violations.isEmpty();
  }

  /** Reports those of the violations that are at one field (relative path), as {@link #meld} does. */
  public boolean meldBij(Node n, String pointer, List<DomainValidationException.Violation> violations, String veld) {
    return meld(n, pointer, violations.stream().filter(v -> v.field().equals(veld)).toList());
  }

  private boolean soort(Node n, String pointer, Node.Kind verwacht) {
    if (n.kind() == verwacht) {
      return true;
    }
    if (n.kind() == Node.Kind.NULL) {
      errors.add(pointer, "must not be null (expected " + verwacht.omschrijving + ")", null);
    } else {
      errors.add(pointer, "must be " + verwacht.omschrijving + ", not " + n.omschrijving(), n);
    }
    return false;
  }

  /** The object, or null after reporting a wrong type. */
  public Obj object(Node n, String pointer) {
    return n != null && soort(n, pointer, Node.Kind.OBJECT) ? new Obj(n, pointer) : null;
  }

  public List<Node> array(Node n, String pointer) {
    return n != null && soort(n, pointer, Node.Kind.ARRAY) ? n.items() : null;
  }

  /** An optional array: absent means empty. */
  public List<Node> optionalArray(Node n, String pointer) {
    return n == null ? List.of() : array(n, pointer);
  }

  public String string(Node n, String pointer) {
    return n != null && soort(n, pointer, Node.Kind.STRING) ? n.text() : null;
  }

  public Boolean bool(Node n, String pointer) {
    return n != null && soort(n, pointer, Node.Kind.BOOLEAN) ? Boolean.valueOf(n.text()) : null;
  }

  /** An integer written without fraction or exponent, in min..max. */
  public Integer integer(Node n, String pointer, int min, int max) {
    if (n == null) {
      return null;
    }
    if (n.kind() == Node.Kind.DECIMAL) {
      errors.add(pointer, "must be an integer written without fraction or exponent", n);
      return null;
    }
    if (!soort(n, pointer, Node.Kind.INTEGER)) {
      return null;
    }
    BigInteger waarde = new BigInteger(n.text());
    if (waarde.compareTo(BigInteger.valueOf(min)) < 0 || waarde.compareTo(BigInteger.valueOf(max)) > 0) {
      errors.add(pointer, "must be an integer " + min + ".." + max, n);
      return null;
    }
    return waarde.intValueExact();
  }

  public <E extends Enum<E>> E enumValue(Node n, String pointer, Class<E> type) {
    String naam = string(n, pointer);
    if (naam == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(naam)) {
        return e;
      }
    }
    errors.add(pointer, "unknown value; allowed: " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")), n);
    return null;
  }

  /** A set of enum constants: an array without duplicates (reported at the second occurrence). */
  public <E extends Enum<E>> Set<E> enumSet(Node n, String pointer, Class<E> type) {
    List<Node> items = n == null ? List.of() : array(n, pointer);
    if (items == null) {
      return null;
    }
    Set<E> set = EnumSet.noneOf(type);
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String p = Pointer.child(pointer, i);
      E e = enumValue(items.get(i), p, type);
      if (e == null) {
        ok = false;
      } else if (!set.add(e)) {
        errors.add(p, "duplicate value in a set", items.get(i));
        ok = false;
      }
    }
    return ok ? set : null;
  }

  /** A set of values read by a function, duplicates reported at the second occurrence. */
  public <T> Set<T> set(Node n, String pointer, java.util.function.BiFunction<Node, String, T> lees) {
    List<Node> items = n == null ? List.of() : array(n, pointer);
    if (items == null) {
      return null;
    }
    Set<T> set = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String p = Pointer.child(pointer, i);
      T t = lees.apply(items.get(i), p);
      if (t == null) {
        ok = false;
      } else if (!set.add(t)) {
        errors.add(p, "duplicate value in a set", items.get(i));
        ok = false;
      }
    }
    return ok ? set : null;
  }

  /** A list of values read by a function; null if any element failed. */
  public <T> List<T> list(List<Node> items, String pointer, java.util.function.BiFunction<Node, String, T> lees) {
    if (items == null) {
      return null;
    }
    List<T> lijst = new ArrayList<>(items.size());
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      T t = lees.apply(items.get(i), Pointer.child(pointer, i));
      if (t == null) {
        ok = false;
      }
      lijst.add(t);
    }
    return ok ? lijst : null;
  }

  /** A gemeente code ({@code GM} and four digits). */
  public Gemeentecode gemeentecode(Node n, String pointer) {
    String code = string(n, pointer);
    if (code == null) {
      return null;
    }
    try {
      return Gemeentecode.of(code);
    } catch (DomainValidationException e) {
      errors.add(pointer, e.rule(), n);
      return null;
    }
  }
}
