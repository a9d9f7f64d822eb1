package io.workplan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of workplan, applied to the domain package in {@code package-info.java}
 * and to the value types of the other modules (options, summaries): generated code is package-private,
 * users see the abstract type and its builder, and an invalid value is a {@link ValidationException}.
 * For workplan's own modules; applications need not use it.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS) // class retention keeps incremental compilation working
@Value.Style(
        // The generated code uses java.util only: core depends on the JDK alone at run time.
        jdkOnly = true,
        // The generated ImmutableX is package-private; users see the abstract type only.
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        // Builders and factories are typed with the abstract type, not the generated one.
        overshadowImplementation = true,
        // A builder missing a required attribute throws our exception, not IllegalStateException.
        throwForInvalidImmutableState = ValidationException.class,
        // No javax.annotation.processing.Generated: it would need java.compiler at run time.
        allowedClasspathAnnotations = {java.lang.Override.class})
public @interface WorkplanStyle {}
