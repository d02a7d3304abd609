package nl.lea.cli.uitbreiden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A throw-away copy of some of lea's modules, edited as a recipe of docs/uitbreiden.md says and
 * built with the JDK's compiler, as a contributor would in a fresh clone.
 *
 * <p>Edits go through {@link #vervang} and {@link #maak}, which record the file they touch; an
 * edit whose anchor no longer occurs exactly once fails, so a recipe that drifted from the sources
 * is reported rather than silently skipped. {@link #bouw} compiles each copied module's main
 * sources (lea-core's with the Immutables processor) and the named test classes against the
 * copies built before it and this test's own class path; {@link #laden} gives a class loader in
 * which the copies come first.
 */
final class Kopie {

  /** The repository, seen from lea-cli (Maven runs tests in the module's directory). */
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private final Path map;
  private final Set<String> bewerkt = new TreeSet<>();
  private final Map<String, List<Path>> uitvoer = new LinkedHashMap<>();

  private Kopie(Path map) {
    this.map = map;
  }

  /**
   * Copies the sources ({@code src}) of the given modules into a directory.
   *
   * @param map an empty directory
   * @param modules module directories, such as {@code lea-rapport}
   */
  static Kopie van(Path map, String... modules) throws IOException {
    for (String module : modules) {
      Path bron = REPO.resolve(module).resolve("src");
      try (Stream<Path> paden = Files.walk(bron)) {
        for (Path p : (Iterable<Path>) paden::iterator) {
          Path doel = map.resolve(module).resolve("src").resolve(bron.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(doel);
          } else {
            Files.copy(p, doel);
          }
        }
      }
    }
    return new Kopie(map);
  }

  /**
   * Replaces the one occurrence of {@code oud} in a file by {@code nieuw}.
   *
   * @param pad the file, relative to the repository
   */
  Kopie vervang(String pad, String oud, String nieuw) throws IOException {
    Path p = map.resolve(pad);
    String tekst = Files.readString(p, StandardCharsets.UTF_8);
    int keren = (tekst.length() - tekst.replace(oud, "").length()) / Math.max(1, oud.length());
    if (keren != 1) {
      fail("the recipe no longer applies: " + pad + " holds " + keren + " occurrences of\n" + oud);
    }
    Files.writeString(p, tekst.replace(oud, nieuw), StandardCharsets.UTF_8);
    bewerkt.add(pad);
    return this;
  }

  /** Inserts {@code tekst} just before the one occurrence of {@code anker}. */
  Kopie voor(String pad, String anker, String tekst) throws IOException {
    return vervang(pad, anker, tekst + anker);
  }

  /** Inserts {@code tekst} just after the one occurrence of {@code anker}. */
  Kopie na(String pad, String anker, String tekst) throws IOException {
    return vervang(pad, anker, anker + tekst);
  }

  /** Creates a new file. */
  Kopie maak(String pad, String tekst) throws IOException {
    Path p = map.resolve(pad);
    if (Files.exists(p)) {
      fail(pad + " exists already");
    }
    Files.createDirectories(p.getParent());
    Files.writeString(p, tekst, StandardCharsets.UTF_8);
    bewerkt.add(pad);
    return this;
  }

  /** The files the recipe touched, relative to the repository. */
  Set<String> bewerkt() {
    return Set.copyOf(bewerkt);
  }

  /** The touched files under {@code src/main} (code and resources). */
  Set<String> hoofdbestanden() {
    return bewerkt.stream().filter(p -> p.contains("/src/main/")).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The touched files under {@code src/test}. */
  Set<String> testbestanden() {
    return bewerkt.stream().filter(p -> p.contains("/src/test/")).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Compiles a copied module: all its main sources, and the named test classes with what they
   * use from its test sources; resources are copied beside the classes.
   *
   * @param module a copied module, built after the copies it depends on
   * @param testklassen fully qualified names of test classes to compile, possibly none
   */
  Kopie bouw(String module, String... testklassen) throws IOException {
    Path src = map.resolve(module).resolve("src");
    Path klassen = map.resolve(module).resolve("klassen");
    List<Path> bronnen;
    try (Stream<Path> s = Files.walk(src.resolve("main/java"))) {
      bronnen = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList();
    }
    compileer(bronnen, klassen, List.of(), true);
    kopieerBronnen(src.resolve("main/resources"), klassen);
    List<Path> uit = new ArrayList<>(List.of(klassen));
    uitvoer.put(module, List.copyOf(uit));
    if (testklassen.length > 0) {
      Path testklassenMap = map.resolve(module).resolve("testklassen");
      List<Path> tests = Stream.of(testklassen)
          .map(k -> src.resolve("test/java").resolve(k.replace('.', '/') + ".java")).toList();
      compileer(tests, testklassenMap, List.of("-sourcepath", src.resolve("test/java").toString(), "-Xprefer:source"), false);
      kopieerBronnen(src.resolve("test/resources"), testklassenMap);
      uit.add(testklassenMap);
    }
    uitvoer.put(module, uit);
    return this;
  }

  /** Compiles one extra source file (not a copy of lea's) onto the class path of the copies. */
  Kopie bouwLos(String naam, Path bron) throws IOException {
    Path klassen = map.resolve("los").resolve(naam);
    compileer(List.of(bron), klassen, List.of(), false);
    uitvoer.put("los/" + naam, List.of(klassen));
    return this;
  }

  /** Adds a directory of resources (a test-only registration) in front of the class path. */
  Kopie registreer(Path map) {
    uitvoer.put("registratie/" + map, List.of(map));
    return this;
  }

  /**
   * A class loader holding the built copies first, then this test's own class path, isolated
   * from this test's loader (its parent is the platform loader).
   */
  URLClassLoader laden() {
    List<URL> urls = new ArrayList<>();
    klassenpad().forEach(p -> urls.add(url(p)));
    return new Lader("kopie", urls);
  }

  /** The class loader of lea as it is, isolated the same way (to compare with a copy). */
  static URLClassLoader origineel() {
    List<URL> urls = new ArrayList<>();
    eigenKlassenpad().forEach(p -> urls.add(url(p)));
    return new Lader("origineel", urls);
  }

  /** The loaders' own class, so that JaCoCo's agent can leave their classes alone (lea-cli's pom). */
  private static final class Lader extends URLClassLoader {
    Lader(String naam, List<URL> urls) {
      super(naam, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
  }

  private List<Path> klassenpad() {
    List<Path> pad = new ArrayList<>();
    // The last built copy first, so a later module's copy wins over an earlier one's, as in a build.
    List<List<Path>> lagen = new ArrayList<>(uitvoer.values());
    for (int i = lagen.size() - 1; i >= 0; i--) {
      pad.addAll(lagen.get(i));
    }
    pad.addAll(eigenKlassenpad());
    return pad;
  }

  private static List<Path> eigenKlassenpad() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(s -> !s.isEmpty()).map(Path::of).toList();
  }

  private void compileer(List<Path> bronnen, Path klassen, List<String> opties, boolean verwerkers) throws IOException {
    Files.createDirectories(klassen);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> alle = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn", "-Xlint:none",
        "-implicit:class", "-d", klassen.toString(),
        "-classpath", klassenpad().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
    if (verwerkers) {
      // The Immutables processor, as annotationProcessorPaths gives it in the build.
      alle.addAll(List.of("-processorpath", eigenKlassenpad().stream().map(Path::toString)
          .filter(p -> p.contains("immutables")).collect(Collectors.joining(File.pathSeparator))));
    } else {
      alle.add("-proc:none");
    }
    alle.addAll(opties);
    StringWriter fouten = new StringWriter();
    try (StandardJavaFileManager bestanden = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> eenheden = bestanden.getJavaFileObjectsFromPaths(bronnen);
      boolean gelukt = javac.getTask(fouten, bestanden, null, alle, null, eenheden).call();
      assertEquals(true, gelukt, "the copy does not compile:\n" + fouten);
    }
  }

  private static void kopieerBronnen(Path van, Path naar) throws IOException {
    if (!Files.isDirectory(van)) {
      return;
    }
    try (Stream<Path> s = Files.walk(van)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path doel = naar.resolve(van.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(doel);
        } else {
          Files.copy(p, doel, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
