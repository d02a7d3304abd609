package nl.lea.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import nl.lea.json.JsonError;
import nl.lea.json.JsonReadException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every failure during a command into lines on stderr and exit status 1, never a stack
 * trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private final PrintWriter err;

  ErrorHandler(PrintWriter err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    if (e instanceof InvalidInputException) {
      InvalidInputException o = (InvalidInputException) e;
      for (JsonError fout : o.fouten()) {
        err.println(o.voorvoegsel() + fout);
      }
    } else if (e instanceof JsonReadException) {
      ((JsonReadException) e).errors().forEach(err::println);
    } else if (e instanceof UncheckedIOException) {
      err.println(eenRegel(beschrijf((UncheckedIOException) e)));
    } else if (e instanceof IllegalArgumentException) {
      err.println(eenRegel(e.getMessage()));
    } else {
      err.println(eenRegel("lea: unexpected error: " + e));
    }
    err.flush();
    return Lea.ONGELDIG;
  }

  /** The short reason of a read failure, such as {@code no such file}. */
  static String oorzaak(UncheckedIOException e) {
    Throwable c = e.getCause();
    if (c instanceof NoSuchFileException n) {
      return Inputs.nietGevonden(n.getFile());
    }
    if (c instanceof AccessDeniedException) {
      return "access denied";
    }
    return eenRegel(String.valueOf(c == null ? e.getMessage() : c.getMessage()));
  }

  private static String beschrijf(UncheckedIOException e) {
    Throwable oorzaak = e.getCause();
    if (oorzaak instanceof NoSuchFileException n) {
      return n.getFile() + ": cannot read: " + Inputs.nietGevonden(n.getFile());
    }
    if (oorzaak instanceof AccessDeniedException) {
      return ((AccessDeniedException) oorzaak).getFile() + ": cannot read: access denied";
    }
    return e.getMessage();
  }

  private static String eenRegel(String s) {
    return String.valueOf(s).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
