package dev.latchkey.web.openapi;

import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's shared parts: schemas (through {@link Schemas}), the success envelopes built on
 * them, parameters used by many routes, response headers and the security schemes.
 */
final class Components {

    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";

    private final Schemas schemas;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Header> headers = new LinkedHashMap<>();
    private final Map<String, org.eclipse.microprofile.openapi.models.examples.Example> examples = new java.util.TreeMap<>();

    Components(Schemas schemas) {
        this.schemas = schemas;
        parameters.put("Idempotency-Key", header("Idempotency-Key", string().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"),
                "Makes this POST safe to repeat: the same key with the same body within 24 h answers the first response again"));
        parameters.put(HttpHeaders.IF_MATCH, header(HttpHeaders.IF_MATCH, string(),
                "The resource's ETag as last read; a stale one is PRECONDITION_FAILED"));
        parameters.put(HttpHeaders.IF_NONE_MATCH, header(HttpHeaders.IF_NONE_MATCH, string(),
                "The ETag as last read; if it is still current the answer is 304 without a body"));
        parameters.put("X-Device-Id", header("X-Device-Id", string().format("uuid"),
                "The device a device-bound session belongs to; needed to refresh such a session"));
        parameters.put("X-Webhook-Id", header("X-Webhook-Id", string().maxLength(200),
                "The webhook's id: a second one with the same id is a replay and changes nothing"));
        parameters.put("X-Webhook-Timestamp", header("X-Webhook-Timestamp", string().pattern("^[0-9]{1,12}$"),
                "When it was signed, epoch seconds; more than 5 minutes away from now is refused"));
        parameters.put("X-Webhook-Signature", header("X-Webhook-Signature", string().pattern("^sha256=[0-9a-fA-F]{64}$"),
                "sha256=<hex>: HMAC-SHA256 of <timestamp>.<body> with the shared secret"));
        parameters.put("page", OASFactory.createObject(Parameter.class).name("page").in(Parameter.In.QUERY)
                .description("Page number, from 1").schema(integer().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(dev.latchkey.web.http.Paging.MAX_PAGE)).defaultValue(1)));
        parameters.put("size", OASFactory.createObject(Parameter.class).name("size").in(Parameter.In.QUERY)
                .description("Items per page").schema(integer().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(dev.latchkey.web.http.Paging.MAX_SIZE))
                        .defaultValue(dev.latchkey.web.http.Paging.DEFAULT_SIZE)));
        parameters.put("status", OASFactory.createObject(Parameter.class).name("status").in(Parameter.In.QUERY)
                .description("Only accounts in this status").schema(string().enumeration(
                        java.util.Arrays.stream(dev.latchkey.accounts.core.entity.AccountStatus.values()).map(Enum::name).map(Object.class::cast).toList())));
        headers.put("X-Request-Id", OASFactory.createObject(Header.class).schema(string())
                .description("The request's id: the caller's X-Request-Id when it matches [A-Za-z0-9._-]{1,128}, else a new one"));
        headers.put("Location", OASFactory.createObject(Header.class).schema(string().format("uri"))
                .description("Where the created resource is"));
        headers.put("ETag", OASFactory.createObject(Header.class).schema(string())
                .description("Strong tag of the resource's current version, for If-None-Match and If-Match"));
        headers.put("Cache-Control", OASFactory.createObject(Header.class).schema(string().example("no-store"))
                .description("no-store: the answer holds personal data or secrets"));
        headers.put("Retry-After", OASFactory.createObject(Header.class).schema(integer())
                .description("Seconds to wait before trying again"));
        headers.put("X-RateLimit-Limit", OASFactory.createObject(Header.class).schema(integer())
                .description("Requests allowed in the window of the limit with the fewest left"));
        headers.put("X-RateLimit-Remaining", OASFactory.createObject(Header.class).schema(integer())
                .description("Requests left in that window"));
        headers.put("X-RateLimit-Reset", OASFactory.createObject(Header.class).schema(integer().format("int64"))
                .description("When that window closes, epoch seconds"));
    }

    Schemas schemas() {
        return schemas;
    }

    Parameter parameterRef(String name) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("no shared parameter " + name + ": add it to Components");
        }
        return OASFactory.createObject(Parameter.class).ref("#/components/parameters/" + name);
    }

    Parameter pathId(String name) {
        return OASFactory.createObject(Parameter.class).name(name).in(Parameter.In.PATH).required(true)
                .schema(string().format("uuid"));
    }

    /** A reference to a shared example, made on first use. */
    org.eclipse.microprofile.openapi.models.examples.Example exampleRef(String name, String summary, Object value) {
        examples.computeIfAbsent(name, n -> OASFactory.createObject(org.eclipse.microprofile.openapi.models.examples.Example.class)
                .summary(summary).value(value));
        return OASFactory.createObject(org.eclipse.microprofile.openapi.models.examples.Example.class).ref("#/components/examples/" + name);
    }

    Header headerRef(String name) {
        return OASFactory.createObject(Header.class).ref("#/components/headers/" + name);
    }

    static final List<String> RATE_LIMIT_HEADERS = List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");

    /** The success answer: status, envelope schema and headers. */
    void success(Success success, boolean noStore, boolean rateLimited, APIResponses responses) {
        APIResponse response = OASFactory.createObject(APIResponse.class).description(success.description());
        response.addHeader("X-Request-Id", headerRef("X-Request-Id"));
        for (Success.Header header : success.headers()) {
            switch (header) {
                case LOCATION -> response.addHeader("Location", headerRef("Location"));
                case ETAG -> response.addHeader("ETag", headerRef("ETag"));
            }
        }
        if (success.conditional()) {
            response.addHeader("ETag", headerRef("ETag"));
        }
        if (noStore) {
            response.addHeader("Cache-Control", headerRef("Cache-Control"));
        }
        if (rateLimited) {
            RATE_LIMIT_HEADERS.forEach(header -> response.addHeader(header, headerRef(header)));
        }
        if (success.data().length > 0) {
            Schema schema = success.bare() ? schemas.response(success.data()[0]) : envelope(success);
            response.content(json(schema));
        }
        responses.addAPIResponse(String.valueOf(success.status()), response);
        if (success.bare()) {
            responses.addAPIResponse("503", OASFactory.createObject(APIResponse.class).description("A check is down")
                    .addHeader("Retry-After", headerRef("Retry-After")).addHeader("X-Request-Id", headerRef("X-Request-Id"))
                    .content(json(schemas.response(success.data()[0]))));
        }
        if (success.conditional()) {
            responses.addAPIResponse("304", OASFactory.createObject(APIResponse.class)
                    .description("If-None-Match named the current ETag: no body").addHeader("ETag", headerRef("ETag"))
                    .addHeader("X-Request-Id", headerRef("X-Request-Id")));
        }
    }

    static Content json(Schema schema) {
        return OASFactory.createObject(Content.class).addMediaType("application/json", OASFactory.createObject(MediaType.class).schema(schema));
    }

    /** {@code <Data>Envelope} (or {@code <Data>PageEnvelope}): {status, data, timestamp[, meta]}. */
    private Schema envelope(Success success) {
        List<Schema> data = Arrays.stream(success.data()).map(schemas::response).toList();
        String dataName = !success.name().isEmpty() ? success.name() : Schemas.name(success.data()[0]);
        String name = dataName + (success.page() ? "PageEnvelope" : "Envelope");
        if (!schemas.components().containsKey(name)) {
            Schema dataSchema = data.size() == 1 ? data.get(0) : OASFactory.createObject(Schema.class).oneOf(data);
            Schema envelope = SchemaTypes.of(Schema.SchemaType.OBJECT)
                    .addProperty("status", string().enumeration(List.of("success", "created", "accepted"))
                            .description("success for 200, created for 201, accepted for 202"))
                    .addProperty("data", success.page() ? SchemaTypes.of(Schema.SchemaType.ARRAY).items(dataSchema) : dataSchema)
                    .addProperty("timestamp", string().format("date-time"));
            List<String> required = new java.util.ArrayList<>(List.of("status", "data", "timestamp"));
            if (success.page()) {
                envelope.addProperty("meta", OASFactory.createObject(Schema.class).ref("PageMeta"));
                required.add("meta");
                schemas.components().putIfAbsent("PageMeta", SchemaTypes.of(Schema.SchemaType.OBJECT)
                        .addProperty("page", integer()).addProperty("size", integer()).addProperty("total", integer().format("int64"))
                        .required(List.of("page", "size", "total")));
            }
            envelope.required(required).description("The success envelope with " + dataName + (success.page() ? " items" : "") + " in data");
            schemas.components().put(name, envelope);
        }
        return OASFactory.createObject(Schema.class).ref(name);
    }

    org.eclipse.microprofile.openapi.models.Components build() {
        org.eclipse.microprofile.openapi.models.Components components = OASFactory.createObject(org.eclipse.microprofile.openapi.models.Components.class);
        schemas.components().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> components.addSchema(entry.getKey(), entry.getValue()));
        parameters.forEach(components::addParameter);
        headers.forEach(components::addHeader);
        examples.forEach(components::addExample);
        components.addSecurityScheme(BEARER, OASFactory.createObject(SecurityScheme.class).type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("The accessToken of a sign-in (POST /api/auth/login)"));
        components.addSecurityScheme(API_KEY, OASFactory.createObject(SecurityScheme.class).type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key with the route's scope (CONTRACT.md section 1): GET needs <area>:read, other methods "
                        + "<area>:write, admin routes admin; made with POST /api/api-keys"));
        return components;
    }

    private static Parameter header(String name, Schema schema, String description) {
        return OASFactory.createObject(Parameter.class).name(name).in(Parameter.In.HEADER).schema(schema).description(description);
    }

    static Schema string() {
        return SchemaTypes.of(Schema.SchemaType.STRING);
    }

    static Schema integer() {
        return SchemaTypes.of(Schema.SchemaType.INTEGER).format("int32");
    }
}
