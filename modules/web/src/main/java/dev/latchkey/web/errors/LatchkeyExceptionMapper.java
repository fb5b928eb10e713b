package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.LatchkeyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every catalogue error thrown on purpose: rendered as it is, logged quietly. */
@Provider
public class LatchkeyExceptionMapper implements ExceptionMapper<LatchkeyException> {

    private static final Logger LOG = Logger.getLogger(LatchkeyExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(LatchkeyException e) {
        Level level = e.code().status() >= 500 ? Level.WARNING : Level.FINE;
        LOG.log(level, "{0} {1}", new Object[]{e.code(), e.getMessage()});
        if (e instanceof dev.latchkey.kernel.error.RateLimitExceeded limited && request != null) {
            request.setAttribute(ErrorResponses.RATE_LIMIT, limited.limitName());
        }
        return ErrorResponses.of(ApiError.from(e), request);
    }
}
