/**
 * lea-bereik: the calculators — bereik, kindplaatsen, the mergeable national aggregates, the
 * cohort and counts from toddler registers.
 */
module nl.lea.bereik {
  requires transitive nl.lea.core;
  requires static transitive org.apiguardian.api;

  exports nl.lea.bereik;
}
