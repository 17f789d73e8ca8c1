package dev.flock.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * The text's lower-case form, which is what is stored and compared, has at most {@link #max} characters. Lower
 * casing can make text longer: {@code U+0130} ({@code İ}) becomes two characters, so an email of 254 characters
 * could grow past its column and fail inside the database instead of at validation.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FitsWhenLowerCased.Check.class)
@interface FitsWhenLowerCased {

    int max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<FitsWhenLowerCased, String> {

        private int max;

        @Override
        public void initialize(FitsWhenLowerCased annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.toLowerCase(Locale.ROOT).length() <= max;
        }
    }
}
