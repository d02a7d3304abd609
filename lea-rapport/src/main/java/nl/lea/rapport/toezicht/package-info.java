/**
 * The inspector's judgement applied: {@link nl.lea.rapport.toezicht.Toezicht#beoordeel} turns a
 * questionnaire, its judgements and a risk analysis into one {@link
 * nl.lea.rapport.toezicht.Toezichtuitkomst} per gemeente (category before and after judgement, the
 * Afhandeling per domein), and {@link nl.lea.rapport.toezicht.Toezichtdossier} tracks one
 * gemeente, year and domein through its states (docs/toezicht.md).
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.rapport.toezicht;
