package dev.latchkey.kernel.error;

import java.util.List;
import java.util.Map;

/** Well-formed input that breaks field rules: 422 VALIDATION_ERROR with one entry per violation. */
public class ValidationFailed extends LatchkeyException {

    private final transient List<Violation> violations;

    public ValidationFailed(List<Violation> violations) {
        super(ErrorCode.VALIDATION_ERROR, Map.of());
        this.violations = List.copyOf(violations);
    }

    public ValidationFailed(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
