/**
 * lea-core: the LEA/vve domain model — immutable, validated value types and their intrinsic rules.
 *
 * <p>Every type validates itself on construction and rejects a bad value with {@link
 * nl.lea.core.DomainValidationException}. The {@code internal} package is not API.
 */
module nl.lea.core {
  requires transitive java.measure;
  requires transitive tech.units.indriya;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports nl.lea.core;
  exports nl.lea.core.doel;
  exports nl.lea.core.jaren;
  exports nl.lea.core.peuter;
  exports nl.lea.core.resultaat;
  exports nl.lea.core.thema;
  exports nl.lea.core.toezicht;
  exports nl.lea.core.vragenlijst;
  exports nl.lea.core.vve;
}
