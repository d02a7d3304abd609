package nl.lea.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.Node;
import nl.lea.json.internal.Parsing;
import nl.lea.json.internal.Mappings;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that (de)serializes the public lea domain types in the shapes of {@code
 * lea-vragenlijst/1}, for applications on Jackson 3 such as Spring Boot 4. It shares its mapping
 * with lea-json's Jackson 2 module: the same JSON, the same validation, the same errors.
 *
 * <p>Deserializers call the public, validating factories; an invalid value fails with an {@link
 * InvalidLeaJsonException} that lists every error with its JSON Pointer. The module is registered
 * as a service, so {@code findAndAddModules()} finds it, on the class path and on the module path:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(Gemeente.of("GM0014", "Groningen"));
 * GemeenteAntwoord antwoord = mapper.readValue(body, GemeenteAntwoord.class);
 * }</pre>
 *
 * <p>An application that reads untrusted input should bound its own mapper's {@code
 * StreamReadConstraints} as lea's readers do (README, "Using lea from Spring Boot").
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LeaModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public LeaModule() {
    super("LeaModule", PackageVersion.VERSION);
    Mappings.ALLE.forEach(this::voeg);
  }

  private <T> void voeg(Mappings.Mapping<T> a) {
    addSerializer(a.type(), new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        try {
          a.schrijf(value, new GeneratorOutput3(g));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    addDeserializer(a.type(), new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        Errors errors = new Errors();
        Tokens.Kopie kopie = Tokens.kopieer(p);
        byte[] tekst = kopie.tekst().getBytes(StandardCharsets.UTF_8);
        Node node = Parsing.tree(tekst, 0, tekst.length, errors, 0, pointer);
        try {
          if (node == null) {
            // Placed in the copy: report at the request's line and column.
            throw new InvalidLeaJsonException(p, a.type(), errors.list().stream().map(kopie::inVerzoek).toList());
          }
          return a.lees(node, pointer, errors);
        } catch (Mappings.InvalidValue f) {
          throw new InvalidLeaJsonException(p, a.type(), f.errors());
        }
      }

      @Override
      public Object getNullValue(DeserializationContext ctxt) {
        return null;
      }
    });
  }
}
