package nl.lea.jackson3;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.json.LeaProblem;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@link LeaProblem#van(Throwable)} for Jackson 3 (Spring Boot 4): lea's own errors, and Jackson 3's
 * parser errors (malformed JSON, at its line and column, in lea's words) or an empty body, which
 * lea-json cannot see. For example:
 *
 * <pre>{@code
 * @ExceptionHandler(HttpMessageNotReadableException.class)
 * ResponseEntity<String> onleesbaar(HttpMessageNotReadableException e) {
 *   LeaProblem p = LeaProblemen.van(e).orElseGet(LeaProblem::leeg);
 *   return ResponseEntity.status(p.status()).contentType(MediaType.parseMediaType(LeaProblem.MEDIA_TYPE)).body(p.toJson());
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class LeaProblemen {

  private LeaProblemen() {}

  /**
   * Finds what lea can say about a failure to read a request body with Jackson 3.
   *
   * @param fout the failure, not null
   * @return the problem, empty when the failure is not about the body's content
   * @throws DomainValidationException if the failure is null
   */
  public static Optional<LeaProblem> van(Throwable fout) {
    Optional<LeaProblem> lea = LeaProblem.van(fout);
    if (lea.isPresent()) {
      return lea;
    }
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JacksonException e) {
        String bericht = String.valueOf(e.getOriginalMessage());
        if (bericht.startsWith("No content to map due to end-of-input")) {
          return Optional.of(LeaProblem.leeg());
        }
        TokenStreamLocation l = e.getLocation();
        if (l != null && l.getLineNr() > 0) {
          return Optional.of(LeaProblem.ontleed(l.getLineNr(), Math.max(1, l.getColumnNr()), bericht));
        }
      }
    }
    return Optional.empty();
  }
}
