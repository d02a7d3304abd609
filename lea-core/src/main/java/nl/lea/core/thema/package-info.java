/**
 * The Lokale Educatieve Agenda: the four themes and a gemeente's answer per thema (docs/domein.md §3.3–3.4).
 *
 * <p>Every type here is immutable and thread-safe, and validates itself on construction. A
 * {@code null} argument, or a value that breaks a domain rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value, unless the {@code @param} says otherwise. No method returns
 * {@code null}: an absent value is an empty {@code Optional}, {@code OptionalInt} or collection.
 */
package nl.lea.core.thema;
