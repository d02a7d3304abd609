package nl.lea.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import nl.lea.json.JsonOutput;

/** {@link JsonOutput} onto a Jackson generator, for the Jackson module. Not API. */
public final class GeneratorOutput implements JsonOutput {

  private final JsonGenerator g;

  public GeneratorOutput(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void beginArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void nul() throws IOException {
    g.writeNull();
  }
}
