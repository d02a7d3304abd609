/**
 * Property-test generators for the lea domain, for lea's own tests and for applications that embed
 * lea. Start at {@link nl.lea.testkit.LeaGenerators}.
 */
package nl.lea.testkit;
