package nl.lea.json.internal;

import java.io.IOException;
import java.util.List;
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
import nl.lea.json.JsonOutput;

/**
 * The one mapping of the domain types to JSON, shared by the Jackson 2 and the Jackson 3 module:
 * for each type its writer and its reader in the shapes of {@code lea-vragenlijst/1}. A Jackson
 * module only adapts its generator (to {@link JsonOutput}) and its parser (to a {@link Node} tree).
 * Not API.
 */
public final class Mappings {

  /** Writes one value. */
  @FunctionalInterface
  public interface Writing<T> {
    void schrijf(DomainWriter writer, T value) throws IOException;
  }

  /** Reads one value, recording every error. */
  @FunctionalInterface
  public interface Reading<T> {
    T lees(DomainReader reader, Node node, String pointer);
  }

  /** One domain type with its writer and reader. */
  public record Mapping<T>(Class<T> type, Writing<T> schrijf, Reading<T> lees) {

    /** Writes a value to a JSON output. */
    public void schrijf(T value, JsonOutput out) throws IOException {
      schrijf.schrijf(new DomainWriter(out), value);
    }

    /**
     * Reads a value from its tree; throws the errors (at least one) when it is invalid.
     *
     * @throws InvalidValue with every error, each with its pointer
     */
    public T lees(Node node, String pointer, Errors errors) {
      T value = lees.lees(new DomainReader(errors), node, pointer);
      if (!errors.isEmpty() || value == null) {
        List<JsonError> lijst = errors.list();
        throw new InvalidValue(lijst.isEmpty() ? List.of(JsonError.at(pointer, "is not a valid " + type.getSimpleName(), null)) : lijst);
      }
      return value;
    }
  }

  /** The errors of one value; each Jackson module turns it into its own exception type. */
  public static final class InvalidValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<JsonError> errors;

    InvalidValue(List<JsonError> errors) {
      super(null, null, false, false);
      this.errors = List.copyOf(errors);
    }

    public List<JsonError> errors() {
      return errors;
    }
  }

  /** Every type the Jackson modules map, in no particular order. */
  public static final List<Mapping<?>> ALLE = List.of(
      new Mapping<>(Vragenlijst.class, DomainWriter::vragenlijst, DomainReader::vragenlijst),
      new Mapping<>(GemeenteAntwoord.class, DomainWriter::gemeenteAntwoord, DomainReader::gemeenteAntwoord),
      new Mapping<>(Gemeente.class, DomainWriter::gemeente, DomainReader::gemeente),
      new Mapping<>(LeaAntwoord.class, DomainWriter::leaAntwoord, DomainReader::leaAntwoord),
      new Mapping<>(ThemaAntwoord.class, DomainWriter::themaAntwoord, DomainReader::themaAntwoord),
      new Mapping<>(Doel.class, DomainWriter::doel, DomainReader::doel),
      new Mapping<>(VveAntwoord.class, DomainWriter::vveAntwoord, DomainReader::vveAntwoord),
      new Mapping<>(OnderwerpAntwoord.class, DomainWriter::onderwerpAntwoord, (r, n, p) -> r.onderwerpAntwoord(n, p)),
      new Mapping<>(Doelgroepdefinitie.class, DomainWriter::doelgroepdefinitie, DomainReader::doelgroepdefinitie),
      new Mapping<>(Aanbod.class, DomainWriter::aanbod, DomainReader::aanbod),
      new Mapping<>(Resultaatafspraken.class, DomainWriter::resultaatafspraken, DomainReader::resultaatafspraken),
      new Mapping<>(Inhoud.class, DomainWriter::inhoud, DomainReader::inhoud),
      new Mapping<>(Peuter.class, DomainWriter::peuter, DomainReader::peuter),
      new Mapping<>(VeAanbod.class, DomainWriter::veAanbod, DomainReader::veAanbod),
      // Codes and years are JSON scalars: "GM0014" and 2022.
      new Mapping<>(Gemeentecode.class, DomainWriter::gemeentecode, DomainReader::gemeentecode),
      new Mapping<>(Verslagjaar.class, DomainWriter::verslagjaar, DomainReader::verslagjaar));

  private Mappings() {}
}
