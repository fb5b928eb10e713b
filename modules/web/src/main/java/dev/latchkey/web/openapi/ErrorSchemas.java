package dev.latchkey.web.openapi;

import dev.latchkey.kernel.error.ErrorCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;

/** The schemas of the error envelope and of RFC 9457 Problem Details (CONTRACT.md section 2). */
final class ErrorSchemas {

    private ErrorSchemas() {
    }

    static void addTo(Schemas schemas) {
        if (schemas.components().containsKey("ErrorEnvelope")) {
            return;
        }
        schemas.components().put("ErrorCode", Components.string()
                .enumeration(List.of((Object[]) Arrays.stream(ErrorCode.values()).map(Enum::name).toArray(String[]::new)))
                .description("The catalogue's codes; each is explained at /docs/errors"));
        Schema details = OASFactory.createObject(Schema.class)
                .description("Always present: an object with the code's keys (snake_case, see /docs/errors), or for VALIDATION_ERROR a list of "
                        + "{field, type, issue} where type is one of required, email, min_length, max_length, pattern, range, unique, format");
        Schema errors = SchemaTypes.of(Schema.SchemaType.OBJECT)
                .additionalPropertiesSchema(SchemaTypes.of(Schema.SchemaType.ARRAY).items(Components.string()))
                .description("VALIDATION_ERROR only: each field with its messages");
        schemas.components().put("Error", SchemaTypes.of(Schema.SchemaType.OBJECT)
                .addProperty("code", OASFactory.createObject(Schema.class).ref("ErrorCode"))
                .addProperty("message", Components.string())
                .addProperty("details", details)
                .addProperty("errors", errors)
                .required(List.of("code", "message")));
        schemas.components().put("ErrorEnvelope", SchemaTypes.of(Schema.SchemaType.OBJECT)
                .description("Every 4xx and 5xx answer")
                .addProperty("status", Components.string().enumeration(List.of("error")))
                .addProperty("error", OASFactory.createObject(Schema.class).ref("Error"))
                .addProperty("timestamp", Components.string().format("date-time"))
                .addProperty("request_id", Components.string())
                .required(List.of("status", "error", "timestamp", "request_id")));
        schemas.components().put("Problem", SchemaTypes.of(Schema.SchemaType.OBJECT)
                .description("RFC 9457 Problem Details, on Accept: application/problem+json")
                .addProperty("type", Components.string())
                .addProperty("title", Components.string())
                .addProperty("status", Components.integer())
                .addProperty("detail", Components.string())
                .addProperty("instance", Components.string())
                .addProperty("code", OASFactory.createObject(Schema.class).ref("ErrorCode"))
                .addProperty("request_id", Components.string())
                .addProperty("details", details)
                .addProperty("errors", errors)
                .required(List.of("type", "title", "status", "code", "request_id")));
    }
}
