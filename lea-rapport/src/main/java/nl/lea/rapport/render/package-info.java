/**
 * Renderers of the report and the other outputs: aligned text, Markdown, JSON and CSV, the
 * waarborgtoezicht overview and the letters to gemeenten. Texts from the input go through the one
 * escaping function of their output kind ({@link nl.lea.rapport.render.Escape}: text, Markdown,
 * CSV, HTML, xlsx).
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.rapport.render;
