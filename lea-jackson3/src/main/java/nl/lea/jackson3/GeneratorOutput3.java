package nl.lea.jackson3;

import java.math.BigDecimal;
import nl.lea.json.JsonOutput;
import tools.jackson.core.JsonGenerator;

/** lea-json's {@link JsonOutput} onto a Jackson 3 generator, so the shared writer writes through it. */
final class GeneratorOutput3 implements JsonOutput {

  private final JsonGenerator g;

  GeneratorOutput3(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void beginArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }

  @Override
  public void nul() {
    g.writeNull();
  }
}
