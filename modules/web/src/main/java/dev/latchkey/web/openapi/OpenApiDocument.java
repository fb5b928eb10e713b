package dev.latchkey.web.openapi;

import dev.latchkey.web.ratelimit.RouteLimits;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.web.accounts.AccountsResource;
import dev.latchkey.web.admin.AdminAccountsResource;
import dev.latchkey.web.admin.AdminGroupsResource;
import dev.latchkey.web.admin.MaintenanceResource;
import dev.latchkey.web.apikeys.ApiKeysResource;
import dev.latchkey.web.auth.BearerOnly;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.auth.AuthResource;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.MeResource;
import dev.latchkey.web.auth.PasswordResetResource;
import dev.latchkey.web.devices.DevicesResource;
import dev.latchkey.web.health.ApiHealthResource;
import dev.latchkey.web.sessions.SessionsResource;
import dev.latchkey.web.twofactor.TwoFactorResource;
import dev.latchkey.web.twofactor.EmailCodesResource;
import dev.latchkey.web.twofactor.SmsCodesResource;
import dev.latchkey.web.webhooks.AdminWebhooksResource;
import dev.latchkey.web.webhooks.SmsStatusResource;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI document, built from the code: every JAX-RS method of the resources below with its
 * path, parameters, body schema (from the request record), success answer ({@link Success}),
 * security (from {@link Authenticated}) and error answers ({@link ApiErrors}, see
 * {@link ErrorResponses}). Annotation scanning is off ({@code mp.openapi.scan.disable}), so
 * nothing else reaches the document. {@code OpenApiDocumentTest} checks that every resource of
 * the web module is listed here.
 */
public class OpenApiDocument implements OASModelReader {

    static final List<Class<?>> RESOURCES = List.of(AccountsResource.class, AuthResource.class, MeResource.class,
            PasswordResetResource.class, SessionsResource.class, TwoFactorResource.class, EmailCodesResource.class,
            SmsCodesResource.class, DevicesResource.class, ApiKeysResource.class, AdminAccountsResource.class, AdminGroupsResource.class,
            MaintenanceResource.class, AdminWebhooksResource.class, SmsStatusResource.class, ApiHealthResource.class);

    @Override
    public OpenAPI buildModel() {
        Schemas schemas = new Schemas();
        Components components = new Components(schemas);
        Paths paths = OASFactory.createObject(Paths.class);
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getMethods()) {
                httpMethod(method).ifPresent(verb -> operation(paths, resource, method, verb, components));
            }
        }
        OpenAPI document = OASFactory.createObject(OpenAPI.class)
                .openapi("3.0.3")
                .info(Info.info())
                .servers(List.of(OASFactory.createObject(org.eclipse.microprofile.openapi.models.servers.Server.class)
                        .url(".").description("This service, at the address the document was read from")))
                .tags(Info.tags())
                .paths(sorted(paths))
                .components(components.build());
        return document;
    }

    private static void operation(Paths paths, Class<?> resource, Method method, String verb, Components components) {
        String path = path(resource, method);
        Operation about = method.getAnnotation(Operation.class);
        Success success = method.getAnnotation(Success.class);
        if (about == null || about.operationId().isEmpty() || success == null) {
            throw new IllegalStateException(resource.getSimpleName() + "." + method.getName()
                    + " needs @Operation with an operationId and @Success for the OpenAPI document");
        }
        org.eclipse.microprofile.openapi.models.Operation operation = OASFactory.createObject(org.eclipse.microprofile.openapi.models.Operation.class)
                .operationId(about.operationId())
                .summary(about.summary())
                .tags(List.of(resource.getAnnotation(Tag.class).name()));
        if (!about.description().isEmpty()) {
            operation.description(about.description());
        }
        List<Parameter> parameters = new ArrayList<>();
        boolean optionalBearer = false;
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            HeaderParam headerParam = parameter.getAnnotation(HeaderParam.class);
            if (pathParam != null) {
                parameters.add(components.pathId(pathParam.value()));
            } else if (queryParam != null) {
                parameters.add(components.parameterRef(queryParam.value()));
            } else if (headerParam != null && HttpHeaders.AUTHORIZATION.equalsIgnoreCase(headerParam.value())) {
                optionalBearer = true;
            } else if (headerParam != null) {
                parameters.add(components.parameterRef(headerParam.value()));
            } else if (!parameter.isAnnotationPresent(Context.class)) {
                operation.requestBody(body(parameter, components));
            }
        }
        if (HttpMethod.POST.equals(verb)) {
            parameters.add(components.parameterRef("Idempotency-Key"));
        }
        if (success.conditional()) {
            parameters.add(components.parameterRef(HttpHeaders.IF_NONE_MATCH));
        }
        if (!parameters.isEmpty()) {
            operation.parameters(parameters);
        }
        boolean authenticated = method.isAnnotationPresent(Authenticated.class) || resource.isAnnotationPresent(Authenticated.class);
        boolean keys = authenticated && !method.isAnnotationPresent(BearerOnly.class) && !resource.isAnnotationPresent(BearerOnly.class);
        operation.security(security(authenticated, keys, optionalBearer));
        APIResponses responses = OASFactory.createObject(APIResponses.class);
        List<RouteLimits.Counted> limits = RouteLimits.of(method, resource);
        components.success(success, method.isAnnotationPresent(NoStore.class) || resource.isAnnotationPresent(NoStore.class),
                !limits.isEmpty(), responses);
        java.util.Set<dev.latchkey.kernel.error.ErrorCode> errors = ErrorResponses.codesOf(method, verb, authenticated || optionalBearer);
        limits.forEach(counted -> errors.add(RateLimitPolicy.codeOf(counted.limit())));
        if (!limits.isEmpty()) {
            operation.description(Optional.ofNullable(operation.getDescription()).map(text -> text + "\n\n").orElse("")
                    + "Rate limits: " + limits.stream().map(OpenApiDocument::describe).collect(java.util.stream.Collectors.joining("; ")) + ".");
        }
        if (keys) {
            errors.add(dev.latchkey.kernel.error.ErrorCode.INSUFFICIENT_SCOPE);
        }
        if (!HttpMethod.GET.equals(verb) && !method.isAnnotationPresent(DuringMaintenance.class)
                && !resource.isAnnotationPresent(DuringMaintenance.class)) {
            errors.add(dev.latchkey.kernel.error.ErrorCode.SERVICE_MAINTENANCE);
        }
        if (success.bare()) {
            errors.remove(dev.latchkey.kernel.error.ErrorCode.SERVICE_UNAVAILABLE); // its 503 is the bare answer itself
        }
        ErrorResponses.add(responses, errors, components);
        operation.responses(responses);
        PathItem item = Optional.ofNullable(paths.getPathItem(path)).orElseGet(() -> OASFactory.createObject(PathItem.class));
        item.setOperation(PathItem.HttpMethod.valueOf(verb), operation);
        paths.addPathItem(path, item);
    }

    private static String describe(RouteLimits.Counted counted) {
        String whose = switch (counted.per()) {
            case API_CALLER -> "per API key or account";
            case ACCOUNT -> "per account";
            case CLIENT -> "per client address";
            case TOKEN_OWNER -> "per account of the token";
        };
        return "`rate-limit." + counted.limit() + "` " + whose;
    }

    private static RequestBody body(java.lang.reflect.Parameter parameter, Components components) {
        org.eclipse.microprofile.openapi.annotations.parameters.RequestBody about =
                parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        // a body taken as text (to check a signature over its exact bytes) names its shape in @RequestBody's content
        Class<?> shape = about != null && about.content().length > 0 && about.content()[0].schema().implementation() != Void.class
                ? about.content()[0].schema().implementation() : parameter.getType();
        RequestBody body = OASFactory.createObject(RequestBody.class)
                .required(about == null || about.required())
                .content(OASFactory.createObject(Content.class).addMediaType("application/json",
                        OASFactory.createObject(MediaType.class).schema(components.schemas().request(shape))));
        if (about != null && !about.description().isEmpty()) {
            body.description(about.description());
        }
        return body;
    }

    private static List<SecurityRequirement> security(boolean authenticated, boolean keys, boolean optionalBearer) {
        SecurityRequirement bearer = OASFactory.createObject(SecurityRequirement.class).addScheme(Components.BEARER);
        if (authenticated) {
            return keys ? List.of(bearer, OASFactory.createObject(SecurityRequirement.class).addScheme(Components.API_KEY)) : List.of(bearer);
        }
        if (optionalBearer) {
            return List.of(OASFactory.createObject(SecurityRequirement.class), bearer);
        }
        return List.of();
    }

    static String path(Class<?> resource, Method method) {
        Path sub = method.getAnnotation(Path.class);
        return ("/api/" + resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value()))
                .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(HttpMethod::value).findFirst();
    }

    private static Paths sorted(Paths paths) {
        Paths ordered = OASFactory.createObject(Paths.class);
        paths.getPathItems().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> ordered.addPathItem(entry.getKey(), entry.getValue()));
        return ordered;
    }
}
