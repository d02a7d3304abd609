/**
 * The questionnaire document: one verslagjaar with every gemeente's answer (docs/formaten.md).
 *
 * <p>Every type here is immutable and thread-safe, and validates itself on construction. A
 * {@code null} argument, or a value that breaks a domain rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value, unless the {@code @param} says otherwise. No method returns
 * {@code null}: an absent value is an empty {@code Optional}, {@code OptionalInt} or collection.
 */
package nl.lea.core.vragenlijst;
