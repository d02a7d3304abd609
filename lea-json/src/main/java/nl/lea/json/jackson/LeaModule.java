package nl.lea.json.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.Doel;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.json.JsonError;
import nl.lea.json.internal.DomainReader;
import nl.lea.json.internal.DomainWriter;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.GeneratorOutput;
import nl.lea.json.internal.Node;
import nl.lea.json.internal.TreeReader;
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
 * {@code META-INF/services}, so {@code findAndRegisterModules()} picks it up:
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

  /** Writes one value with the domain writer. */
  @FunctionalInterface
  private interface Schrijf<T> {
    void schrijf(DomainWriter writer, T value) throws IOException;
  }

  /** Reads one value with the domain reader. */
  @FunctionalInterface
  private interface Lees<T> {
    T lees(DomainReader reader, Node node, String pointer);
  }

  /** Creates the module. */
  public LeaModule() {
    super("LeaModule", Version.unknownVersion());
    voeg(Vragenlijst.class, DomainWriter::vragenlijst, DomainReader::vragenlijst);
    voeg(GemeenteAntwoord.class, DomainWriter::gemeenteAntwoord, DomainReader::gemeenteAntwoord);
    voeg(Gemeente.class, DomainWriter::gemeente, DomainReader::gemeente);
    voeg(LeaAntwoord.class, DomainWriter::leaAntwoord, DomainReader::leaAntwoord);
    voeg(ThemaAntwoord.class, DomainWriter::themaAntwoord, DomainReader::themaAntwoord);
    voeg(Doel.class, DomainWriter::doel, DomainReader::doel);
    voeg(VveAntwoord.class, DomainWriter::vveAntwoord, DomainReader::vveAntwoord);
    voeg(OnderwerpAntwoord.class, DomainWriter::onderwerpAntwoord, (r, n, p) -> r.onderwerpAntwoord(n, p));
    voeg(Doelgroepdefinitie.class, DomainWriter::doelgroepdefinitie, DomainReader::doelgroepdefinitie);
    voeg(Aanbod.class, DomainWriter::aanbod, DomainReader::aanbod);
    voeg(Resultaatafspraken.class, DomainWriter::resultaatafspraken, DomainReader::resultaatafspraken);
    voeg(Inhoud.class, DomainWriter::inhoud, DomainReader::inhoud);
    voeg(Peuter.class, DomainWriter::peuter, DomainReader::peuter);
    voeg(VeAanbod.class, DomainWriter::veAanbod, DomainReader::veAanbod);
    // Codes and years are JSON scalars: "GM0014" and 2022.
    lezer(Gemeentecode.class, DomainReader::gemeentecode);
    lezer(Verslagjaar.class, DomainReader::verslagjaar);
    addSerializer(Gemeentecode.class, new JsonSerializer<Gemeentecode>() {
      @Override
      public void serialize(Gemeentecode value, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(value.toString());
      }
    });
    addSerializer(Verslagjaar.class, new JsonSerializer<Verslagjaar>() {
      @Override
      public void serialize(Verslagjaar value, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumber(value.jaar());
      }
    });
  }

  private <T> void voeg(Class<T> type, Schrijf<T> schrijf, Lees<T> lees) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        schrijf.schrijf(new DomainWriter(new GeneratorOutput(g)), value);
      }
    });
    lezer(type, lees);
  }

  private <T> void lezer(Class<T> type, Lees<T> lees) {
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        Errors errors = new Errors();
        Node node = TreeReader.read(p, pointer, errors);
        T value = lees.lees(new DomainReader(errors), node, pointer);
        if (!errors.isEmpty() || value == null) {
          java.util.List<JsonError> lijst = errors.list();
          if (lijst.isEmpty()) {
            lijst = java.util.List.of(JsonError.at(pointer, "is not a valid " + type.getSimpleName(), null));
          }
          throw new InvalidLeaJsonException(p, type, lijst);
        }
        return value;
      }

      @Override
      public T getNullValue(DeserializationContext ctxt) {
        return null;
      }
    });
  }
}
