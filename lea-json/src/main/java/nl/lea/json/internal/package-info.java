/**
 * The parsing and mapping machinery behind {@link nl.lea.json.LeaJson}: not API, not exported to
 * applications, and free to change in any release.
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.json.internal;
