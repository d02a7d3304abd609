/**
 * The Jackson 2 module for applications that put lea's domain types in their own JSON APIs: {@link
 * nl.lea.json.jackson.LeaModule}, found by {@code ObjectMapper.findAndRegisterModules()}. Its
 * deserializers call the public factories, so a bad value fails with the JSON Pointer of where it
 * was.
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.json.jackson;
