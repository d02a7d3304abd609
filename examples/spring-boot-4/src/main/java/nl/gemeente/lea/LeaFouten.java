package nl.gemeente.lea;

import nl.lea.jackson3.LeaProblemen;
import nl.lea.json.LeaProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every unreadable body as one RFC 9457 problem response with lea's errors. */
@RestControllerAdvice
class LeaFouten {

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<String> onleesbaar(HttpMessageNotReadableException e) {
    LeaProblem p = LeaProblemen.van(e).orElseGet(LeaProblem::leeg);   // Boot 3: LeaProblem.van(e)
    return ResponseEntity.status(p.status()).contentType(MediaType.parseMediaType(LeaProblem.MEDIA_TYPE)).body(p.toJson());
  }
}
