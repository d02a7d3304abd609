package nl.lea.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/** The calls a JSON writer needs; implemented for text and for a Jackson generator. Not API. */
public interface JsonOutput {
  void beginObject() throws IOException;

  void endObject() throws IOException;

  void beginArray() throws IOException;

  void endArray() throws IOException;

  void name(String name) throws IOException;

  void string(String value) throws IOException;

  void number(long value) throws IOException;

  void number(BigDecimal value) throws IOException;

  void bool(boolean value) throws IOException;

  void nul() throws IOException;
}
