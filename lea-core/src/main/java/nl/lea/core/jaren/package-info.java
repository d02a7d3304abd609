/**
 * What a comparison over years needs besides the questionnaire documents (docs/jaren.md):
 * gemeentelijke herindelingen ({@link nl.lea.core.jaren.Herindelingen}, the format {@code
 * lea-herindelingen/1}) and published figures for years without a document ({@link
 * nl.lea.core.jaren.Cijfers}, the format {@code lea-cijfers/1}).
 *
 * <p>The comparison itself is computed by lea-rapport from the report's table registry; whether a
 * published figure names a row of that registry is checked there too.
 *
 * <p>Every type here is immutable and thread-safe, and validates itself on construction. A
 * {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value. No method returns {@code null}.
 */
package nl.lea.core.jaren;
