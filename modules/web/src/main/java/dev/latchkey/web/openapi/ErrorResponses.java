package dev.latchkey.web.openapi;

import dev.latchkey.kernel.error.ErrorCode;
import jakarta.ws.rs.HttpMethod;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The error answers of an operation, from the catalogue: one response per status listing the
 * codes the route can answer with (its {@link ApiErrors}, the token errors of authenticated
 * routes, the body errors of routes that take one, and those every route may give), each code
 * with an example, in the envelope and as RFC 9457.
 */
final class ErrorResponses {

    static final Set<ErrorCode> EVERY_ROUTE = EnumSet.of(ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.NOT_ACCEPTABLE,
            ErrorCode.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE);
    static final Set<ErrorCode> WITH_BODY = EnumSet.of(ErrorCode.INVALID_REQUEST, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.PAYLOAD_TOO_LARGE);
    static final Set<ErrorCode> AUTHENTICATED = EnumSet.of(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.TOKEN_INVALID,
            ErrorCode.TOKEN_EXPIRED, ErrorCode.SESSION_INVALID, ErrorCode.SESSION_EXPIRED);
    private static final Set<ErrorCode> RATE_LIMITS = EnumSet.of(ErrorCode.RATE_LIMIT_AUTH, ErrorCode.RATE_LIMIT_API,
            ErrorCode.RATE_LIMIT_DEVICE, ErrorCode.RATE_LIMIT_EXCEEDED);

    private ErrorResponses() {
    }

    static Set<ErrorCode> codesOf(Method method, String verb, boolean authenticated) {
        Set<ErrorCode> codes = EnumSet.copyOf(EVERY_ROUTE);
        ApiErrors declared = method.getAnnotation(ApiErrors.class);
        if (declared != null) {
            codes.addAll(List.of(declared.value()));
        }
        if (authenticated) {
            codes.addAll(AUTHENTICATED);
        }
        if (HttpMethod.POST.equals(verb) || HttpMethod.PUT.equals(verb) || HttpMethod.PATCH.equals(verb)) {
            codes.addAll(WITH_BODY);
        }
        if (HttpMethod.POST.equals(verb)) {
            codes.add(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            codes.add(ErrorCode.INVALID_REQUEST);
        }
        return codes;
    }

    static void add(APIResponses responses, Set<ErrorCode> codes, Components components) {
        Map<Integer, List<ErrorCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(ErrorCode::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, list) -> {
            String description = list.stream().map(c -> "`" + c.name() + "`: " + c.when()).collect(Collectors.joining("; "));
            Map<String, Example> examples = new LinkedHashMap<>();
            Map<String, Example> problems = new LinkedHashMap<>();
            for (ErrorCode code : list) {
                examples.put(code.name(), components.exampleRef(code.name(), code.message(), ErrorExamples.envelope(code)));
                problems.put(code.name(), components.exampleRef(code.name() + "_problem", code.message(), ErrorExamples.problem(code)));
            }
            Content content = OASFactory.createObject(Content.class)
                    .addMediaType("application/json", OASFactory.createObject(MediaType.class)
                            .schema(OASFactory.createObject(Schema.class).ref("ErrorEnvelope")).examples(examples))
                    .addMediaType("application/problem+json", OASFactory.createObject(MediaType.class)
                            .schema(OASFactory.createObject(Schema.class).ref("Problem")).examples(problems));
            APIResponse response = OASFactory.createObject(APIResponse.class).description(description).content(content);
            response.addHeader("X-Request-Id", components.headerRef("X-Request-Id"));
            if (list.stream().anyMatch(ErrorCode::carriesRetryAfter)) {
                response.addHeader("Retry-After", components.headerRef("Retry-After"));
            }
            if (list.stream().anyMatch(RATE_LIMITS::contains)) {
                for (String header : Components.RATE_LIMIT_HEADERS) {
                    response.addHeader(header, components.headerRef(header));
                }
            }
            responses.addAPIResponse(String.valueOf(status), response);
        });
        ErrorSchemas.addTo(components.schemas());
    }
}
