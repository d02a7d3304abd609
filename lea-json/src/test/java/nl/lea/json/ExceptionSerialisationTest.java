package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.json.jackson.InvalidLeaJsonException;
import org.junit.jupiter.api.Test;

/** The exceptions an application may send over the wire or keep keep their data when serialised. */
class ExceptionSerialisationTest {

  @SuppressWarnings("unchecked")
  static <T extends Serializable> T terug(T waarde) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(waarde);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void jsonReadExceptionKeepsEveryError() throws Exception {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> LeaJson.readVragenlijst("{\"schema\":\"x\",\"verslagjaar\":1999,\"gemeenten\":[]}"));
    JsonReadException kopie = terug(e);
    assertEquals(e.errors(), kopie.errors());
    assertEquals(e.getMessage(), kopie.getMessage());
  }

  @Test
  void invalidLeaJsonExceptionKeepsEveryError() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class,
        () -> mapper.readValue("{\"code\":\"GM14\",\"naam\":\" \"}", Gemeente.class));
    InvalidLeaJsonException kopie = terug(e);
    assertEquals(e.errors(), kopie.errors());
    assertEquals(Gemeente.class, kopie.type());
  }

  @Test
  void domainValidationExceptionKeepsFieldRuleAndValue() throws Exception {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Gemeente.of("GM14", "Groningen"));
    DomainValidationException kopie = terug(e);
    assertEquals(e.field(), kopie.field());
    assertEquals(e.rule(), kopie.rule());
    assertEquals(e.value(), kopie.value());
  }
}
