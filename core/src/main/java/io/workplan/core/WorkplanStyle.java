package io.workplan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the domain, applied to the package in {@code package-info.java}.
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
@interface WorkplanStyle {}
