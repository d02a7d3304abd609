package nl.lea.json;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * Valid documents mutated at random — a field dropped, a type changed, an element duplicated, an
 * unknown key injected, the text truncated — are read: the reader returns a document that its
 * canonical form reproduces, or throws its own {@link JsonReadException} whose every error is one
 * line at a pointer that is in the input; never another exception.
 */
class MutationProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  enum Mutatie { WEGLATEN, TYPE, DUBBEL, ONBEKEND, AFKAPPEN, NULL }

  @Test
  void mutatedDocumentsOnlyEverYieldADocumentOrTheReadersOwnError() {
    // Each example picks one position (any object member or array element) and applies every
    // mutation there, with every replacement type.
    qt().withExamples(1_000).forAll(
        LeaGenerators.vragenlijsten().aantalGemeenten(1, 4),
        integers().between(0, Integer.MAX_VALUE - 1),
        integers().between(0, 1)).checkAssert((v, plek, pretty) -> {
          String json = LeaJson.writeVragenlijst(v, pretty == 1);
          for (Mutatie m : Mutatie.values()) {
            for (int soort = 0; soort < SOORTEN; soort++) {
              lees(muteer(json, m, plek, soort));
            }
          }
        });
  }

  @Test
  void mutatedJaarverantwoordingenOnlyEverYieldADocumentOrTheReadersOwnError() {
    qt().withExamples(300).forAll(
        LeaGenerators.vragenlijsten().aantalGemeenten(1, 3).jaarverantwoording(),
        integers().between(0, Integer.MAX_VALUE - 1),
        integers().between(0, 1)).checkAssert((v, plek, pretty) -> {
          String json = LeaJson.writeVragenlijst(v, pretty == 1);
          for (Mutatie m : Mutatie.values()) {
            for (int soort = 0; soort < SOORTEN; soort++) {
              lees(muteer(json, m, plek, soort));
            }
          }
        });
  }

  private static void lees(String json) {
    Uitkomsten.controleer(json.getBytes(StandardCharsets.UTF_8), LeaJson::readVragenlijst, v -> LeaJson.writeVragenlijst(v, false));
  }

  static final int SOORTEN = 7;

  /** A member of an object or an element of an array. */
  private static final class Positie {
    final JsonNode container;
    final String naam;
    final int index;

    Positie(JsonNode container, String naam, int index) {
      this.container = container;
      this.naam = naam;
      this.index = index;
    }
  }

  static String muteer(String json, Mutatie mutatie, int plek, int soort) {
    if (mutatie == Mutatie.AFKAPPEN) {
      return json.substring(0, (int) ((long) plek * (soort + 1) % (json.length() + 1)));
    }
    try {
      JsonNode root = MAPPER.readTree(json);
      List<Positie> posities = new ArrayList<>();
      verzamel(root, posities);
      Positie p = posities.get(plek % posities.size());
      if (p.container instanceof ObjectNode) {
        ObjectNode o = (ObjectNode) p.container;
        switch (mutatie) {
          case WEGLATEN:
            o.remove(p.naam);
            break;
          case TYPE:
            o.set(p.naam, andereSoort(o.get(p.naam), soort));
            break;
          case DUBBEL:
            o.set("\u0000dubbel", MAPPER.getNodeFactory().numberNode(soort));
            return MAPPER.writeValueAsString(root).replace("\"\\u0000dubbel\"", "\"" + p.naam.replace("\"", "\\\"") + "\"");
          case ONBEKEND:
            o.put("onbekend" + soort, soort);
            break;
          default:
            o.putNull(p.naam);
        }
      } else {
        ArrayNode a = (ArrayNode) p.container;
        switch (mutatie) {
          case WEGLATEN:
            a.remove(p.index);
            break;
          case DUBBEL:
            a.add(a.get(p.index).deepCopy());
            break;
          case TYPE:
            a.set(p.index, andereSoort(a.get(p.index), soort));
            break;
          case ONBEKEND:
            a.add("ONBEKEND_" + soort);
            break;
          default:
            a.set(p.index, MAPPER.getNodeFactory().nullNode());
        }
      }
      return MAPPER.writeValueAsString(root);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode andereSoort(JsonNode oud, int soort) {
    switch (soort) {
      case 0:
        return MAPPER.getNodeFactory().textNode(oud == null ? "x" : oud.toString());
      case 1:
        return MAPPER.getNodeFactory().numberNode(12.5);
      case 2:
        return MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE);
      case 3:
        return MAPPER.getNodeFactory().booleanNode(true);
      case 4:
        return MAPPER.getNodeFactory().arrayNode().add("NIEUW");
      case 5:
        return MAPPER.getNodeFactory().objectNode();
      default:
        return MAPPER.getNodeFactory().numberNode(new java.math.BigInteger("1" + "0".repeat(40)));
    }
  }

  private static void verzamel(JsonNode n, List<Positie> posities) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        posities.add(new Positie(n, f.getKey(), -1));
        verzamel(f.getValue(), posities);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        posities.add(new Positie(n, null, i));
        verzamel(n.get(i), posities);
      }
    }
  }
}
