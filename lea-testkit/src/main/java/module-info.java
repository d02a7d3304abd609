/**
 * lea-testkit: QuickTheories generators of valid lea domain values and whole documents, for the
 * property tests of applications that embed lea. Entry point: {@link nl.lea.testkit.LeaGenerators}.
 */
module nl.lea.testkit {
  requires transitive nl.lea.core;
  requires transitive quicktheories;
  requires static transitive org.apiguardian.api;

  exports nl.lea.testkit;
}
