package nl.lea.json.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.lea.core.Gemeente;
import nl.lea.core.vve.Aanbod;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.GeneratorOutput;
import nl.lea.json.internal.Node;
import nl.lea.json.internal.TreeReader;
import nl.lea.json.internal.Mappings;
import org.apiguardian.api.API;

/**
 * A Jackson module that (de)serializes the public lea domain types in the shapes of {@code
 * lea-vragenlijst/1}, so applications that already use Jackson can put them in their own REST
 * APIs.
 *
 * <p>The (de)serializers are hand-written and call the public, validating factories of lea-core:
 * lea-core itself has no Jackson annotations. Reading applies every rule of the format; an invalid
 * value fails with an {@link InvalidLeaJsonException} that lists every error with its JSON
 * Pointer. No default typing or polymorphic type ids are involved. The module is registered in
 * {@code META-INF/services}, so {@code findAndRegisterModules()} picks it up, and it is a Spring
 * Boot auto-configuration (two resource files, no Spring dependency), so Spring Boot 3 adds it to
 * its {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(Gemeente.of("GM0014", "Groningen"));
 * Aanbod aanbod = mapper.readValue("{\"doelgroeppeuters\":812}", Aanbod.class);
 * }</pre>
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
    addSerializer(a.type(), new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        a.schrijf(value, new GeneratorOutput(g));
      }
    });
    addDeserializer(a.type(), new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        Errors errors = new Errors();
        Node node = TreeReader.read(p, pointer, errors);
        try {
          return a.lees(node, pointer, errors);
        } catch (Mappings.InvalidValue f) {
          throw new InvalidLeaJsonException(p, a.type(), f.errors());
        }
      }

      @Override
      public T getNullValue(DeserializationContext ctxt) {
        return null;
      }
    });
  }
}
