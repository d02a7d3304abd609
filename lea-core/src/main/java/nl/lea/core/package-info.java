/**
 * The core of the LEA/vve domain: gemeenten, the verslagjaar, the reasons for not consulting
 * (docs/domein.md §3.1, §3.2, §3.7), the {@link nl.lea.core.Gelabeld} interface of every domain enum, and
 * the {@link nl.lea.core.DomainValidationException} every type throws.
 *
 * <p>Every type here is immutable and thread-safe, and validates itself on construction. A
 * {@code null} argument, or a value that breaks a domain rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value, unless the {@code @param} says otherwise. No method returns
 * {@code null}: an absent value is an empty {@code Optional}, {@code OptionalInt} or collection.
 */
package nl.lea.core;
