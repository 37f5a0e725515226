package io.github.macmanuf.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The text is a MAC address or prefix that {@code MacAddress.parsePrefix} accepts ({@code null} is valid). */
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MacPrefixValidator.class)
@interface MacPrefix {

	String message() default "is not a MAC address or prefix";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
