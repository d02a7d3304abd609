package nl.lea.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.json.internal.Parsing;
import org.apiguardian.api.API;

/**
 * Why a request body is not a valid lea document, as an RFC 9457 problem response ({@value
 * #MEDIA_TYPE}): status 400, and every error with its JSON Pointer and, for malformed JSON, its
 * line and column. lea stays free of any web framework; an application renders {@link #toJson()}
 * with its own. For example, in Spring Boot 3 or 4:
 *
 * <pre>{@code
 * @RestControllerAdvice
 * class LeaFouten {
 *   @ExceptionHandler(HttpMessageNotReadableException.class)
 *   ResponseEntity<String> onleesbaar(HttpMessageNotReadableException e) {
 *     LeaProblem p = LeaProblem.van(e).orElseGet(LeaProblem::leeg);
 *     return ResponseEntity.status(p.status()).contentType(MediaType.parseMediaType(LeaProblem.MEDIA_TYPE)).body(p.toJson());
 *   }
 * }
 * }</pre>
 *
 * <p>The JSON: {@code {"type": "about:blank", "title": "Bad Request", "status": 400, "detail":
 * "…", "errors": [{"pointer": "/vve/aanbod/kindplaatsen", "message": "must be an integer
 * 0..1000000, was 1000001"}, {"pointer": "", "message": "malformed JSON: …", "line": 3, "column":
 * 7}]}}. Instances are immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class LeaProblem {

  /** The media type of {@link #toJson()}. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final String detail;
  private final List<JsonError> fouten;

  private LeaProblem(String detail, List<JsonError> fouten) {
    this.detail = detail;
    this.fouten = List.copyOf(fouten);
  }

  /**
   * The problem of a body with these errors.
   *
   * @param fouten the errors, not null
   * @return the problem, not null
   * @throws DomainValidationException if the list or an error is null
   */
  public static LeaProblem van(List<JsonError> fouten) {
    DomainValidationException.requireNoNulls(fouten, "fouten");
    return new LeaProblem("The request body is not a valid lea document: " + fouten.size()
        + (fouten.size() == 1 ? " error" : " errors"), fouten);
  }

  /**
   * The problem of an empty or unreadable body: no document at all.
   *
   * @return the problem, not null
   */
  public static LeaProblem leeg() {
    return new LeaProblem("The request body is empty or cannot be read", List.of(JsonError.atLocation(1, 1,
        "the request body holds no JSON document")));
  }

  /**
   * Finds what lea can say about a failure to read a request body, in its cause chain: lea's own
   * errors (from {@link LeaJson}'s readers, or from a Jackson module's {@code InvalidLeaJsonException},
   * whose cause carries them), malformed JSON found by Jackson 2's parser (at its line and column,
   * in lea's words), or an empty body. For Jackson 3's parser errors, lea-jackson3 offers the same.
   *
   * @param fout the failure, such as Spring's {@code HttpMessageNotReadableException}, not null
   * @return the problem, empty when the failure is not about the body's content
   */
  public static Optional<LeaProblem> van(Throwable fout) {
    DomainValidationException.requireNonNull(fout, "fout");
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonReadException e) {
        return Optional.of(van(e.errors()));
      }
    }
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonProcessingException e) {
        String bericht = String.valueOf(e.getOriginalMessage());
        if (bericht.startsWith("No content to map due to end-of-input")) {
          return Optional.of(leeg());
        }
        JsonLocation l = e.getLocation();
        if (l != null && l.getLineNr() > 0) {
          return Optional.of(ontleed(l.getLineNr(), Math.max(1, l.getColumnNr()), bericht));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The problem of malformed JSON a parser found, at its line and column, in lea's words: for a
   * framework's own parser errors.
   *
   * @param regel the line, 1 or more
   * @param kolom the column, 1 or more
   * @param parserbericht the parser's message, not null
   * @return the problem, not null
   * @throws DomainValidationException if the message is null or a position is below 1
   */
  public static LeaProblem ontleed(int regel, int kolom, String parserbericht) {
    DomainValidationException.requireNonNull(parserbericht, "parserbericht");
    if (regel < 1 || kolom < 1) {
      throw new DomainValidationException(regel < 1 ? "regel" : "kolom", "must be 1 or more", Math.min(regel, kolom));
    }
    return van(List.of(JsonError.atLocation(regel, kolom, "malformed JSON: " + Parsing.woorden(parserbericht))));
  }

  /**
   * Gets the HTTP status.
   *
   * @return 400
   */
  public int status() {
    return 400;
  }

  /**
   * Gets the human-readable explanation.
   *
   * @return the detail, not null
   */
  public String detail() {
    return detail;
  }

  /**
   * Gets the errors.
   *
   * @return the errors, at least one, not null
   */
  public List<JsonError> fouten() {
    return fouten;
  }

  /**
   * Writes the problem as {@value #MEDIA_TYPE}: {@code type}, {@code title}, {@code status},
   * {@code detail} and {@code errors}, each error's {@code pointer} and {@code message}, and its
   * {@code line} and {@code column} when known.
   *
   * @return the JSON, not null
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    try {
      JsonTextWriter j = new JsonTextWriter(w, false);
      j.beginObject();
      j.name("type");
      j.string("about:blank");
      j.name("title");
      j.string("Bad Request");
      j.name("status");
      j.number(status());
      j.name("detail");
      j.string(detail);
      j.name("errors");
      j.beginArray();
      for (JsonError f : fouten) {
        j.beginObject();
        j.name("pointer");
        j.string(f.pointer());
        j.name("message");
        j.string(f.message());
        if (f.line().isPresent()) {
          j.name("line");
          j.number(f.line().getAsInt());
          j.name("column");
          j.number(f.column().orElse(1));
        }
        j.endObject();
      }
      j.endArray();
      j.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LeaProblem p && p.detail.equals(detail) && p.fouten.equals(fouten);
  }

  @Override
  public int hashCode() {
    return detail.hashCode() * 31 + fouten.hashCode();
  }

  @Override
  public String toString() {
    return "LeaProblem[" + detail + ", " + fouten + "]";
  }
}
