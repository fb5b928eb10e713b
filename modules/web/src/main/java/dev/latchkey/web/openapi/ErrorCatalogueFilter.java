package dev.latchkey.web.openapi;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.web.accounts.AccountsResource;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.devices.DevicesResource;
import dev.latchkey.web.auth.AuthResource;
import dev.latchkey.web.auth.MeResource;
import dev.latchkey.web.auth.PasswordResetResource;
import dev.latchkey.web.errors.ErrorReference;
import dev.latchkey.web.health.ApiHealthResource;
import dev.latchkey.web.sessions.SessionsResource;
import dev.latchkey.web.twofactor.TwoFactorResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
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
 * Completes the OpenAPI document from the error catalogue: the error schemas, the error
 * reference in the description, and on every operation a response per status listing the
 * codes it can answer with ({@link ApiErrors}, the token errors of {@link Authenticated} routes,
 * and those every route may give).
 */
public class ErrorCatalogueFilter implements OASFilter {

    /** The resources whose {@link ApiErrors} are read; a new resource class is added here. */
    static final List<Class<?>> RESOURCES = List.of(AccountsResource.class, AuthResource.class, MeResource.class,
            PasswordResetResource.class, SessionsResource.class, TwoFactorResource.class, DevicesResource.class,
            ApiHealthResource.class);

    static final Set<ErrorCode> EVERY_ROUTE = EnumSet.of(ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.NOT_ACCEPTABLE,
            ErrorCode.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE);
    static final Set<ErrorCode> WITH_BODY = EnumSet.of(ErrorCode.INVALID_REQUEST, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.PAYLOAD_TOO_LARGE);
    /** What every {@link Authenticated} route may answer about its bearer token. */
    static final Set<ErrorCode> AUTHENTICATED = EnumSet.of(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.TOKEN_INVALID,
            ErrorCode.TOKEN_EXPIRED, ErrorCode.SESSION_INVALID, ErrorCode.SESSION_EXPIRED);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addSchemas(openAPI);
        if (openAPI.getInfo() != null) {
            String description = openAPI.getInfo().getDescription() == null ? "" : openAPI.getInfo().getDescription();
            openAPI.getInfo().setDescription(description + "\n\n" + ErrorReference.markdown());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Set<ErrorCode>> declared = declaredErrors();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                Set<ErrorCode> codes = EnumSet.copyOf(EVERY_ROUTE);
                codes.addAll(declared.getOrDefault(op.getKey() + " " + path, Set.of()));
                if (op.getKey() == PathItem.HttpMethod.POST || op.getKey() == PathItem.HttpMethod.PUT
                        || op.getKey() == PathItem.HttpMethod.PATCH) {
                    codes.addAll(WITH_BODY);
                }
                addResponses(op.getValue(), codes);
            }
        });
    }

    static Map<String, Set<ErrorCode>> declaredErrors() {
        Map<String, Set<ErrorCode>> declared = new LinkedHashMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = "/api/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                ApiErrors errors = method.getAnnotation(ApiErrors.class);
                String verb = httpMethod(method);
                if (errors == null || verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
                codes.addAll(List.of(errors.value()));
                if (method.isAnnotationPresent(Authenticated.class) || resource.isAnnotationPresent(Authenticated.class)) {
                    codes.addAll(AUTHENTICATED);
                }
                declared.put(verb + " " + path, codes);
            }
        }
        return declared;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static void addResponses(Operation operation, Set<ErrorCode> codes) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createObject(APIResponses.class);
        Map<Integer, List<ErrorCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(ErrorCode::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, list) -> {
            String description = list.stream().map(c -> "`" + c.name() + "`: " + c.when()).collect(Collectors.joining("; "));
            Content content = OASFactory.createObject(Content.class)
                    .addMediaType("application/json", OASFactory.createObject(MediaType.class)
                            .schema(OASFactory.createObject(Schema.class).ref("ErrorEnvelope")))
                    .addMediaType("application/problem+json", OASFactory.createObject(MediaType.class)
                            .schema(OASFactory.createObject(Schema.class).ref("Problem")));
            responses.addAPIResponse(String.valueOf(status),
                    OASFactory.createObject(APIResponse.class).description(description).content(content));
        });
        operation.setResponses(responses);
    }

    private static void addSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createObject(Components.class);
        Schema codeEnum = OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING)
                .enumeration(List.of((Object[]) java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toArray(String[]::new)));
        Schema details = OASFactory.createObject(Schema.class)
                .description("An object with the code's keys (snake_case), or for VALIDATION_ERROR a list of {field, type, issue}");
        Schema error = OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .addProperty("code", codeEnum)
                .addProperty("message", string())
                .addProperty("details", details)
                .addProperty("errors", OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                        .description("VALIDATION_ERROR only: field to messages"));
        components.addSchema("ErrorEnvelope", OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .addProperty("status", string().example("error"))
                .addProperty("error", error)
                .addProperty("timestamp", string().format("date-time"))
                .addProperty("request_id", string())
                .required(List.of("status", "error", "timestamp", "request_id")));
        components.addSchema("Problem", OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 Problem Details, on Accept: application/problem+json")
                .addProperty("type", string())
                .addProperty("title", string())
                .addProperty("status", OASFactory.createObject(Schema.class).type(Schema.SchemaType.INTEGER))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("code", codeEnum)
                .addProperty("request_id", string())
                .addProperty("details", details)
                .addProperty("errors", OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)));
        openAPI.setComponents(components);
    }

    private static Schema string() {
        return OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING);
    }
}
