package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import java.util.List;
import java.util.Map;

/** Bean Validation failures: 422 VALIDATION_ERROR, one entry per field rule, typed as the contract says. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream().map(ConstraintViolationMapper::violation).toList();
        return ErrorResponses.of(ApiError.validation(violations), request);
    }

    static Violation violation(ConstraintViolation<?> v) {
        String field = field(v.getPropertyPath());
        Violation dynamic = dynamicPayload(v);
        if (dynamic != null) {
            return new Violation(field, dynamic.type(), dynamic.issue(), dynamic.limits());
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Violation.required(field);
            case "Email" -> new Violation(field, Violation.Type.EMAIL, "must be a valid email address");
            case "Pattern" -> new Violation(field, Violation.Type.PATTERN, v.getMessage());
            case "Size", "Length" -> size(field, v.getInvalidValue(), attributes);
            case "Min", "Max", "DecimalMin", "DecimalMax", "Range", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" ->
                    new Violation(field, Violation.Type.RANGE, v.getMessage());
            case "Past", "Future", "PastOrPresent", "FutureOrPresent", "Digits" ->
                    new Violation(field, Violation.Type.FORMAT, v.getMessage());
            default -> new Violation(field, Violation.Type.FORMAT, v.getMessage());
        };
    }

    private static Violation size(String field, Object value, Map<String, Object> attributes) {
        int min = ((Number) attributes.getOrDefault("min", 0)).intValue();
        int max = ((Number) attributes.getOrDefault("max", Integer.MAX_VALUE)).intValue();
        int length = value instanceof CharSequence text ? text.toString().codePointCount(0, text.length())
                : value instanceof java.util.Collection<?> c ? c.size() : 0;
        return length < min ? Violation.minLength(field, min) : Violation.maxLength(field, max);
    }

    private static Violation dynamicPayload(ConstraintViolation<?> v) {
        try {
            Object payload = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class);
            return payload instanceof Violation violation ? violation : null;
        } catch (RuntimeException notHibernate) {
            return null;
        }
    }

    /**
     * The last property or parameter name of the path: {@code register.registration.email} is
     * the field {@code email}, {@code request.email} (a scalar parameter) too.
     */
    static String field(Path path) {
        String field = "body";
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT, PARAMETER -> field = node.getName() == null ? field : node.getName();
                default -> {
                }
            }
        }
        return field;
    }
}
