package nl.lea.core.peuter;

import org.apiguardian.api.API;

/**
 * Receives toddler records as plain values, without a {@link Peuter} object per record: what a
 * register reader hands to a counter when a million records are read in well under a second.
 *
 * <p>The values are those of a valid {@link Peuter}: {@code gemeentenummer} is the number of its
 * {@link nl.lea.core.Gemeentecode} (0..9999), {@code leeftijdInMaanden} is 0..{@value
 * Peuter#MAX_LEEFTIJD_IN_MAANDEN}, and {@code indicatoren} is the set of doelgroep indicators as a
 * bit mask, bit {@code 1 << i.ordinal()} for each {@link nl.lea.core.vve.DoelgroepIndicator} {@code
 * i} that applies. The pseudonymous id plays no part in a count and is not passed. An
 * implementation that is public API validates what it receives, as the counters of lea-bereik do.
 *
 * <p>For example, lea-json's {@code PeuterReader.readAll(Path, Supplier, BinaryOperator)} reads a
 * file in parallel into one consumer per thread and merges them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface PeuterConsumer {

  /**
   * Receives one toddler record.
   *
   * @param gemeentenummer the number of the gemeente code, 0..9999
   * @param leeftijdInMaanden the age in whole months, 0..96
   * @param indicatoren the doelgroep indicators that apply, as a bit mask by ordinal
   * @param veDeelname whether the toddler attends a subsidised ve place
   */
  void accept(int gemeentenummer, int leeftijdInMaanden, int indicatoren, boolean veDeelname);

  /**
   * Hands a record to a consumer as its plain values.
   *
   * @param peuter the record, not null
   * @param consumer the consumer, not null
   * @throws nl.lea.core.DomainValidationException if an argument is null
   */
  static void accept(Peuter peuter, PeuterConsumer consumer) {
    nl.lea.core.DomainValidationException.requireNonNull(peuter, "peuter");
    nl.lea.core.DomainValidationException.requireNonNull(consumer, "consumer");
    int masker = 0;
    for (nl.lea.core.vve.DoelgroepIndicator i : peuter.indicatoren()) {
      masker |= 1 << i.ordinal();
    }
    consumer.accept(peuter.gemeente().nummer(), peuter.leeftijdInMaanden(), masker, peuter.veDeelname());
  }
}
