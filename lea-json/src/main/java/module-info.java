/**
 * lea-json: the formats {@code lea-vragenlijst/1}, {@code lea-toezicht/1} and {@code
 * lea-peuters/1} — strict readers, canonical writers — and a Jackson 2 module.
 *
 * <p>Jackson's streaming {@code jackson-core} is required; {@code jackson-databind} only by an
 * application that uses {@link nl.lea.json.jackson.LeaModule}, which {@code
 * ObjectMapper.findAndRegisterModules()} then finds as a service.
 */
module nl.lea.json {
  requires transitive nl.lea.core;
  requires com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static transitive org.apiguardian.api;

  exports nl.lea.json;
  exports nl.lea.json.jackson;
  // The shared mapping, for the Jackson 3 module only.
  exports nl.lea.json.internal to nl.lea.jackson3;

  provides com.fasterxml.jackson.databind.Module with nl.lea.json.jackson.LeaModule;
}
