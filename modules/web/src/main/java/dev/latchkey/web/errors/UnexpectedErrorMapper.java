package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ConcurrencyConflict;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.platform.persistence.PersistenceErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catch-all. Looks through wrappers (EJBException, TransactionalException, RollbackException)
 * for a cause another mapper knows; an optimistic lock that escaped its retries is a
 * CONCURRENCY_CONFLICT, an unreachable database SERVICE_UNAVAILABLE; anything else is an
 * INTERNAL_ERROR whose {@code error_id} is logged with the stack trace and never shows more.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpServletRequest request;
    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof LatchkeyException || t instanceof ConstraintViolationException
                    || t instanceof WebApplicationException || t instanceof FaultToleranceException) {
                ExceptionMapper mapper = providers.getExceptionMapper(t.getClass());
                return mapper.toResponse(t);
            }
        }
        return ErrorResponses.of(describe(e, request.getRequestURI()), request);
    }

    /**
     * What a failure nobody mapped means for the client; shared with {@link ErrorPage}, where
     * failures outside JAX-RS (e.g. a commit in a servlet filter) arrive.
     */
    static ApiError describe(Throwable e, String uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LatchkeyException known) {
                return ApiError.from(known);
            }
        }
        if (PersistenceErrors.isOptimisticLockFailure(e)) {
            return ApiError.from(new ConcurrencyConflict("resource", uri));
        }
        if (PersistenceErrors.isConnectionFailure(e)) {
            LOG.log(Level.WARNING, "Database unreachable: {0}", e.toString());
            return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, Map.of("retry_after", PersistenceErrors.RETRY_AFTER_SECONDS));
        }
        String errorId = "err-" + UUID.randomUUID();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, e);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("error_id", errorId);
        details.put("contact_support", "Quote error_id " + errorId + " when contacting support");
        return ApiError.of(ErrorCode.INTERNAL_ERROR, details);
    }
}
