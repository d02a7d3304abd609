/**
 * The formats of lea: strict readers and canonical writers of {@code lea-vragenlijst/1} and {@code
 * lea-toezicht/1}, the streaming {@code lea-peuters/1} reader (docs/formaten.md), and the errors
 * they report. A reader reports every error of a document at once, each with its JSON Pointer,
 * and never returns a half-read document.
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.json;
