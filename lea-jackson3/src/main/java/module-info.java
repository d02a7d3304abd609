/**
 * lea-jackson3: the Jackson 3 module for lea's domain types, for applications on Spring Boot 4. It
 * shares lea-json's mapping (the same shapes and the same errors as the Jackson 2 module) and
 * needs no Jackson 2 databind.
 */
module nl.lea.jackson3 {
  requires transitive nl.lea.core;
  requires transitive tools.jackson.databind;
  requires nl.lea.json;
  requires static transitive org.apiguardian.api;

  exports nl.lea.jackson3;

  provides tools.jackson.databind.JacksonModule with nl.lea.jackson3.LeaModule;
}
