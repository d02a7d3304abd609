/**
 * The inspector's judgement in the waarborgtoezicht (docs/toezicht.md §1, report §3): accepted
 * explanations, signals, contacts per domein with their outcome and verbeterafspraken, and the
 * {@link nl.lea.core.toezicht.Regelset} view of a risk analysis that judging needs.
 *
 * <p>These are the values of a {@code lea-toezicht/1} document. Judging them against a
 * questionnaire document (which rules fired, which risk remains, the Afhandeling per domein) is
 * done by {@code nl.lea.rapport.toezicht.Toezicht} in lea-rapport.
 *
 * <p>Every type here is immutable and thread-safe, and validates itself on construction. A
 * {@code null} argument, or a value that breaks a domain rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value, unless the {@code @param} says otherwise. No method returns
 * {@code null}: an absent value is an empty {@code Optional} or collection.
 */
package nl.lea.core.toezicht;
