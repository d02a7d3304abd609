package nl.lea.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every lea value type. Not API.
 *
 * <p>Source-retained, so no Immutables annotation reaches a user's classpath. The generated
 * {@code Immutable*} classes are package-private; the public types are the hand-written abstract
 * classes with their validating factories.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = true,
    of = "construct",
    with = "copyWith*",
    defaults = @Value.Immutable(builder = false, copy = false))
public @interface LeaStyle {}
