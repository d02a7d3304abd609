package nl.lea.core;

import nl.lea.contracten.Contracten;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of lea-core, called with random arguments of which some are
 * invalid (null, out of range, blank, holding null, breaking a cross-field rule), either returns a
 * value or throws {@link DomainValidationException}: never a NullPointerException from generated
 * code, an IllegalStateException from a builder, a ClassCastException or anything else; a null
 * argument is always rejected (except where the Javadoc allows null), and no returned collection
 * can be changed (the harness is {@link Contracten}).
 */
class ConstructionProperties {

  private static final Contracten CONTRACTEN = Contracten.van("nl.lea.core")
      // The optional builder fields take null for "none".
      .nullable("Builder.reikwijdte", "Builder.frequentie")
      .met(nl.lea.core.peuter.PeuterConsumer.class, (a, ongeldig) -> (nl.lea.core.peuter.PeuterConsumer) (g, l, i, v) -> { });

  @Test
  void everyPublicMethodWithArgumentsIsCovered() {
    CONTRACTEN.controleerDekking(40);
  }

  @Test
  void returnsAValueOrThrowsTheDomainException() {
    CONTRACTEN.controleer(5_000);
  }
}
