package dev.latchkey.accounts.core.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** No invisible, format or direction characters, nor white space inside ({@link Identifiers#isVisible}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Visible.Validator.class)
public @interface Visible {

    String message() default "must not contain invisible, formatting, direction or space characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Visible, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (Identifiers.isVisible(value) && value.indexOf(' ') < 0);
        }
    }
}
