package nl.lea.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code ./lea} command line: turns a year of questionnaire answers into the national report,
 * validates documents, runs the risk analysis and the waarborgtoezicht, writes letters and computes
 * the multi-year cohort (docs/rapport.md, docs/toezicht.md).
 *
 * <p>Exit status: 0 success; 1 invalid or unreadable input (every error on stderr, one per line
 * as {@code POINTER: message}); 2 wrong usage (with the usage text). Output goes to stdout,
 * diagnostics to stderr, and no stack trace is ever printed.
 */
@Command(
    name = "lea",
    mixinStandardHelpOptions = true,
    version = "lea 0.1.0",
    description = "LEA/vve: het landelijk rapport, validatie, risicoanalyse en cohort uit vragenlijsten (lea-vragenlijst/1), "
        + "de vergelijking over jaren (met herindelingen en gepubliceerde cijfers), het profiel van een gemeente, het "
        + "waarborgtoezicht en brieven met het oordeel van de inspectie (lea-toezicht/1), en indicatie uit peuterregisters "
        + "(lea-peuters/1). Een invoerbestand - is standaardinvoer.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:invalid or unreadable input", "2:wrong usage"})
public final class Lea implements Runnable {

  /** Exit status for invalid or unreadable input. */
  static final int ONGELDIG = 1;

  /**
   * The commands, by name, in the order help lists them. Each name is its class's {@code @Command}
   * name ({@code LeaCliTest} checks). Only the command that runs is built: reflecting over all of
   * them costs a noticeable part of a short run.
   */
  static final Map<String, Supplier<Object>> COMMANDOS = commandos();

  private static Map<String, Supplier<Object>> commandos() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("rapport", RapportCommand::new);
    m.put("valideer", ValideerCommand::new);
    m.put("risico", RisicoCommand::new);
    m.put("toezicht", ToezichtCommand::new);
    m.put("brief", BriefCommand::new);
    m.put("cohort", CohortCommand::new);
    m.put("vergelijk", VergelijkCommand::new);
    m.put("profiel", ProfielCommand::new);
    m.put("indicatie", IndicatieCommand::new);
    m.put("schema", SchemaCommand::new);
    return Collections.unmodifiableMap(m);
  }

  @Spec
  private CommandSpec spec;

  /** Where results go as bytes; the commands' text goes through picocli's writer over the same stream. */
  private final PrintStream stdout;

  private Lea(PrintStream stdout) {
    this.stdout = stdout;
  }

  /**
   * The standard output as a byte stream, for output that a format writes as bytes: picocli's
   * writer over it is flushed first, so text and bytes keep their order.
   *
   * @param spec the spec of the running command, not null
   * @return the stream, not null
   */
  static OutputStream stdout(CommandSpec spec) {
    spec.commandLine().getOut().flush();
    return ((Lea) spec.root().userObject()).stdout;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    BewaakteUitvoer bewaakt = new BewaakteUitvoer(new FileOutputStream(FileDescriptor.out));
    PrintStream stdout = new PrintStream(bewaakt, false, StandardCharsets.UTF_8);
    System.exit(run(args, stdout, System.err, bewaakt::fout));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments, not null
   * @param out where results go, not null
   * @param err where diagnostics go, not null
   * @return the exit status: 0, 1 or 2
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, () -> null);
  }

  /** Runs the command line; {@code oorzaak} gives the first write failure of {@code out}, if it knows it. */
  private static int run(String[] args, PrintStream out, PrintStream err, Supplier<IOException> oorzaak) {
    Inputs.nieuweRun();
    String tekenset = System.getProperty("sun.jnu.encoding", "UTF-8");
    for (String arg : args) {
      if (arg.indexOf('\uFFFD') >= 0 && !tekenset.equalsIgnoreCase("UTF-8")) {
        // The JVM decoded the argument with a locale that cannot hold it: the bytes are gone.
        PrintWriter fout = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        fout.println("lea: an argument holds characters the locale's character set (" + tekenset + ") cannot decode: "
            + arg + "; run lea with a UTF-8 locale, such as LC_ALL=C.UTF-8 (./lea does this itself)");
        return CommandLine.ExitCode.USAGE;
      }
    }
    // Buffered: the renderers write a character at a time, which an unbuffered encoder pays for per call.
    PrintWriter uit = new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter fout = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Lea(out));
    Supplier<Object> gekozen = args.length > 0 ? COMMANDOS.get(args[0]) : null;
    if (gekozen != null) {
      cl.addSubcommand(args[0], gekozen.get());
    } else {
      // Help, a missing or a mistyped command: all of them, for the list and the suggestions.
      COMMANDOS.forEach((naam, commando) -> cl.addSubcommand(naam, commando.get()));
    }
    cl.setOut(uit);
    cl.setErr(fout);
    cl.setExecutionExceptionHandler(new ErrorHandler(fout));
    cl.setParameterExceptionHandler((e, argumenten) -> {
      // Always the message, any suggestion, and the usage text of the command concerned.
      fout.println(e.getMessage().replace('\n', ' '));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, fout);
      e.getCommandLine().usage(fout);
      return CommandLine.ExitCode.USAGE;
    });
    try {
      int status = cl.execute(args);
      uit.flush();
      out.flush();
      if (out.checkError()) {
        // The output is incomplete: never a success. A reader that stopped reading (| head) needs no message.
        IOException e = oorzaak.get();
        String reden = e == null || e.getMessage() == null ? "" : ": " + e.getMessage();
        if (!reden.contains("Broken pipe")) {
          fout.println("lea: standard output: cannot write" + reden + "; the output is incomplete");
        }
        return Math.max(status, ONGELDIG);
      }
      return status;
    } finally {
      uit.flush();
      fout.flush();
    }
  }
}
