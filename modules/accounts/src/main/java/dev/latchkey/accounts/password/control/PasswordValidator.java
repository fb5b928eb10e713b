package dev.latchkey.accounts.password.control;

import dev.latchkey.kernel.error.Violation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link Password}. The broken rule travels as the violation's dynamic payload (a
 * {@link Violation}), so the error says {@code min_length} with the configured limit.
 */
public class PasswordValidator implements ConstraintValidator<Password, String> {

    public static final int MAX_LENGTH = 128;

    private int minLength;

    @Override
    public void initialize(Password annotation) {
        minLength = ConfigProvider.getConfig()
                .getOptionalValue("accounts.password-min-length", Integer.class).orElse(12);
    }

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) {
            return true;
        }
        int length = password.codePointCount(0, password.length());
        Violation broken = length < minLength ? Violation.minLength("password", minLength)
                : length > MAX_LENGTH ? Violation.maxLength("password", MAX_LENGTH) : null;
        if (broken == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(broken)
                .buildConstraintViolationWithTemplate(broken.issue())
                .addConstraintViolation();
        return false;
    }
}
