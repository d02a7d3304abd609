package nl.lea.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that remembers its first write failure, so that when the {@code PrintStream} over it
 * swallows the exception, the command line can still say why its output is incomplete (disk full,
 * {@code /dev/full}, a closed pipe).
 */
final class BewaakteUitvoer extends FilterOutputStream {

  private volatile IOException fout;

  BewaakteUitvoer(OutputStream out) {
    super(out);
  }

  /** The first failure, or null. */
  IOException fout() {
    return fout;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      onthoud(e);
      throw e;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      onthoud(e);
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      onthoud(e);
      throw e;
    }
  }

  private void onthoud(IOException e) {
    if (fout == null) {
      fout = e;
    }
  }
}
