/**
 * The risk analysis of the waarborgtoezicht: named, replaceable rules ({@link
 * nl.lea.rapport.risico.Risicoregels}, L0–L5 and V1–V5), the analysis that runs them and the
 * profile and category per gemeente (docs/toezicht.md).
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.rapport.risico;
