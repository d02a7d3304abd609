/**
 * The national LEA/vve report: every table of the Inspectorate's report computed from a year of
 * questionnaire answers ({@link nl.lea.rapport.Rapport}), with the waarborgtoezicht tables of
 * report §3 when the inspector's judgements are given (docs/rapport.md).
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.rapport;
