/**
 * The Jackson 3 module for lea's domain types ({@link nl.lea.jackson3.LeaModule}), for
 * applications on Jackson 3 such as Spring Boot 4; found by {@code
 * JsonMapper.builder().findAndAddModules()}.
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} naming the field, the rule and the offending value; JSON
 * that breaks a rule of a lea type throws {@link nl.lea.jackson3.InvalidLeaJsonException} with
 * every error and its JSON Pointer.
 */
package nl.lea.jackson3;
