package nl.lea.cli;

import static nl.lea.cli.LeaCliTest.lea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output never loses or corrupts data (issue 25): a failed write to stdout is an error; only regular
 * files are written, never an input; temporary files do not outlive the process.
 */
class UitvoerTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final String V2022 = DATA.resolve("vragenlijst-2022.json").toString();
  private static final String TOEZICHT = DATA.resolve("toezicht-2022.json").toString();

  private static Process java(String klasse, List<String> args, ProcessBuilder.Redirect uit, Path err) throws IOException {
    List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), klasse));
    opdracht.addAll(args);
    return new ProcessBuilder(opdracht).redirectOutput(uit).redirectError(err.toFile()).start();
  }

  @Test
  void aFullDiskOnStandardOutputIsAnErrorNotASuccess(@TempDir Path tmp) throws Exception {
    Path err = tmp.resolve("err.txt");
    Process p = java("nl.lea.cli.Lea", List.of("rapport", V2022), ProcessBuilder.Redirect.to(new File("/dev/full")), err);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue());
    assertEquals("lea: standard output: cannot write: No space left on device; the output is incomplete\n",
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void onlyRegularFilesAreWrittenAndNeverAnInput(@TempDir Path tmp) throws Exception {
    Path kopie = tmp.resolve("v.json");
    Files.copy(Path.of(V2022), kopie);
    byte[] origineel = Files.readAllBytes(kopie);
    Path link = tmp.resolve("link.txt");
    Files.createSymbolicLink(link, tmp.resolve("nergens.txt"));
    Path fifo = tmp.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path map = Files.createDirectory(tmp.resolve("map"));
    for (boolean overschrijf : new boolean[] {false, true}) {
      for (String[] geval : new String[][] {{link.toString(), "is not a regular file"}, {fifo.toString(), "is not a regular file"},
          {"/dev/null", "is not a regular file"}, {map.toString(), "is a directory"}, {kopie.toString(), "is an input file"}, {tmp.resolve("weg").resolve("r.txt").toString(), "no such directory"}}) {
        List<String> args = new ArrayList<>(List.of("rapport", kopie.toString(), "--uitvoer", geval[0]));
        if (overschrijf) {
          args.add("--overschrijf");
        }
        LeaCliTest.Uitkomst u = lea(args.toArray(String[]::new));
        assertEquals(1, u.status(), geval[0] + " " + overschrijf);
        u.geenStackTrace();
        assertTrue(u.err().startsWith(geval[0] + ": ") && u.err().contains(geval[1]), u.err());
      }
    }
    assertTrue(Files.isSymbolicLink(link) && Files.notExists(tmp.resolve("nergens.txt")), "the link is untouched");
    assertTrue(java.util.Arrays.equals(origineel, Files.readAllBytes(kopie)), "the input is untouched");
    assertEquals(2, lea("rapport", kopie.toString(), "--uitvoer", tmp + "/nieuw/").status());
    assertTrue(Files.notExists(tmp.resolve("nieuw")));
    assertEquals(2, lea("rapport", kopie.toString(), "--overschrijf").status());
    assertEquals(2, lea("vergelijk", kopie.toString(), "--overschrijf").status());
  }

  @Test
  void aMapWithOneLinkAtALettersNameIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws Exception {
    Path map = Files.createDirectory(tmp.resolve("brieven"));
    Files.createSymbolicLink(map.resolve("GM0308.md"), tmp.resolve("nergens.md"));
    for (boolean overschrijf : new boolean[] {false, true}) {
      List<String> args = new ArrayList<>(List.of("brief", V2022, TOEZICHT, "--map", map.toString()));
      if (overschrijf) {
        args.add("--overschrijf");
      }
      LeaCliTest.Uitkomst u = lea(args.toArray(String[]::new));
      assertEquals(1, u.status());
      assertEquals(map.resolve("GM0308.md") + ": is not a regular file (a link, a device or a pipe); lea writes only regular files\n", u.err());
      try (Stream<Path> s = Files.list(map)) {
        assertEquals(1, s.count(), "nothing written");
      }
    }
  }

  @Test
  void aStoppedRunLeavesNoTemporaryFileAndAKilledRunsIsRemovedByTheNext(@TempDir Path tmp) throws Exception {
    Path doel = tmp.resolve("r.txt");
    Process p = java("nl.lea.cli.SchrijfTraag", List.of(doel.toString()), ProcessBuilder.Redirect.DISCARD, tmp.resolve("err.txt"));
    long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (tijdelijk(tmp).isEmpty() && System.nanoTime() < tot) {
      Thread.sleep(50);
    }
    assertEquals(1, tijdelijk(tmp).size(), "the write began");
    p.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(List.of(), tijdelijk(tmp), "the shutdown hook removed it");
    assertTrue(Files.notExists(doel));

    // SIGKILL gives no hook a chance: the next write to the same target removes what a dead process left.
    Path dood = tmp.resolve(".r.txt.2147483646.123.tmp");
    Path levend = tmp.resolve(".r.txt." + ProcessHandle.current().pid() + ".456.tmp");
    Files.writeString(dood, "half");
    Files.writeString(levend, "bezig");
    assertEquals(0, lea("rapport", V2022, "--uitvoer", doel.toString()).status());
    assertTrue(Files.notExists(dood), "a dead run's file is removed");
    assertTrue(Files.exists(levend), "a running process's file is left alone");
    assertTrue(Files.readString(doel).startsWith("Landelijk rapport LEA/vve 2022"));
  }

  @Test
  void aNonAsciiFileNameInAnAsciiLocaleGetsAClearUsageErrorAndWorksWithUtf8(@TempDir Path tmp) throws Exception {
    Path bestand = tmp.resolve("één.json");
    Files.copy(DATA.resolve("herindelingen-nl.json"), bestand);
    for (String locale : List.of("C", "C.UTF-8")) {
      List<String> opdracht = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "nl.lea.cli.Lea", "valideer", bestand.toString());
      ProcessBuilder pb = new ProcessBuilder(opdracht).redirectError(tmp.resolve("err.txt").toFile())
          .redirectOutput(tmp.resolve("out.txt").toFile());
      pb.environment().clear();
      pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
      pb.environment().put("LC_ALL", locale);
      Process p = pb.start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
      if (locale.equals("C")) {
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("lea: an argument holds characters the locale's character set") && err.contains("LC_ALL=C.UTF-8"), err);
        assertTrue(!err.contains("Exception"), err);
      } else {
        assertEquals(0, p.exitValue(), err);
        assertEquals("geldig: 2 herindelingen\n", Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * A Latin-1 file name (byte 0xE9) cannot reach Java: it decodes the argument as UTF-8 and the bad
   * byte becomes U+FFFD. The error says so and how to give the file anyway, which works.
   */
  @Test
  void aLatin1FileNameIsExplainedAndReadsAsStandardInput(@TempDir Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = "naam=\"$(printf 'caf\\351.json')\"; cp \"$BRON\" \"$naam\"; "
        + "\"$JAVA\" -cp \"$CP\" nl.lea.cli.Lea valideer \"$naam\"; echo \"exit $?\"; "
        + "\"$JAVA\" -cp \"$CP\" nl.lea.cli.Lea valideer - < \"$naam\"; echo \"exit $?\"";
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", script).directory(tmp.toFile()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("uit.txt").toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.environment().put("JAVA", java);
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().put("BRON", DATA.resolve("herindelingen-nl.json").toAbsolutePath().toString());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals("caf\uFFFD.json: cannot read: no such file (its name is not UTF-8, and Java opens only UTF-8 names;"
        + " rename it, or give it as standard input: - < FILE)\nexit 1\ngeldig: 2 herindelingen\nexit 0\n",
        Files.readString(tmp.resolve("uit.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void aDashReadsStandardInputAndADirectoryIsNamed(@TempDir Path tmp) throws Exception {
    java.io.InputStream oud = System.in;
    try {
      System.setIn(Files.newInputStream(Path.of(V2022)));
      LeaCliTest.Uitkomst u = lea("valideer", "-");
      assertEquals(0, u.status(), u.err());
      assertEquals("geldig: 342 gemeenten\n", u.out());
      System.setIn(new java.io.ByteArrayInputStream("{\"schema\": \"lea-vragenlijst/1\"".getBytes(StandardCharsets.UTF_8)));
      u = lea("rapport", "-");
      assertEquals(1, u.status());
      u = lea("vergelijk", "-");
      assertEquals(1, u.status());
      assertTrue(u.err().startsWith("stdin: "), u.err());
    } finally {
      System.setIn(oud);
    }
    LeaCliTest.Uitkomst u = lea("indicatie", tmp.toString(), "--definitie", "THUISTAAL");
    assertEquals(1, u.status());
    assertEquals(tmp + ": cannot read: is a directory\n", u.err());
    u = lea("rapport", tmp.toString());
    assertEquals(1, u.status());
    assertEquals(tmp + ": cannot read: is a directory\n", u.err());
    assertEquals(2, lea("brief", V2022, TOEZICHT, "--gemeente", "gm14").status());
  }

  @Test
  void definitionsAreBoundedInNumberSizeAndLineLengthWithACappedErrorList(@TempDir Path tmp) throws Exception {
    Path register = tmp.resolve("leeg.jsonl");
    Files.writeString(register, "");
    Path veel = tmp.resolve("veel.txt");
    Files.writeString(veel, "THUISTAAL\n".repeat(1001));
    LeaCliTest.Uitkomst u = lea("indicatie", register.toString(), "--definities", veel.toString());
    assertEquals(1, u.status());
    assertEquals(veel + ": line 1001: is definition 1001; one run answers at most 1000 definitions\n", u.err());
    Path groot = tmp.resolve("groot.txt");
    Files.write(groot, new byte[(1 << 20) + 1]);
    u = lea("indicatie", register.toString(), "--definities", groot.toString());
    assertEquals(1, u.status());
    assertTrue(u.err().contains("larger than 1 MiB"), u.err());
    Path fout = tmp.resolve("fout.txt");
    Files.writeString(fout, ("FOO\n").repeat(300) + "THUISTAAL & " + "X".repeat(5000) + "\n");
    u = lea("indicatie", register.toString(), "--definities", fout.toString());
    assertEquals(1, u.status());
    List<String> regels = u.err().lines().toList();
    assertEquals(101, regels.size());
    assertEquals(fout + ": line 301: and 201 more errors not shown", regels.get(100));
    assertTrue(u.err().length() < 40_000, "no line is echoed whole: " + u.err().length());
    List<String> args = new ArrayList<>(List.of("indicatie", register.toString()));
    for (int i = 0; i < 1001; i++) {
      args.addAll(List.of("--definitie", "THUISTAAL"));
    }
    assertEquals(2, lea(args.toArray(String[]::new)).status());
  }

  private static List<Path> tijdelijk(Path map) throws IOException {
    try (Stream<Path> s = Files.list(map)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
