package dev.latchkey.web.openapi;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON schemas of the records the API reads and writes, derived from the records themselves, so
 * the document cannot drift from the code. A component's MicroProfile {@code @Schema} adds what the
 * type cannot say (required, description, format, lengths, example); {@code @Nullable} marks a
 * value that may be null (the key is still always there). Records become named components.
 */
final class Schemas {

    /** Names for records whose class name says less than the API should. */
    private static final Map<String, String> NAMES = Map.of(
            "AccountResponse", "Account", "DeviceResponse", "Device", "SessionView", "Session",
            "MfaChallengeView", "MfaChallenge", "Challenge", "DeviceChallenge", "Verified", "DeviceVerification",
            "TotpSetup", "TotpSetup", "TokenPair", "TokenResponse", "ApiKeyView", "ApiKey");

    private final Map<String, Schema> components = new LinkedHashMap<>();

    Map<String, Schema> components() {
        return components;
    }

    static String name(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        return NAMES.getOrDefault(type.getSimpleName(), type.getSimpleName());
    }

    /** A reference to a request body's component: only what its {@code @Schema} says is required. */
    Schema request(Class<?> record) {
        return ref(record, true);
    }

    /** A reference to an answer's component: every key is always there (null where {@code @Nullable}). */
    Schema response(Class<?> record) {
        return ref(record, false);
    }

    private Schema ref(Class<?> record, boolean request) {
        String name = name(record);
        if (!components.containsKey(name)) {
            components.put(name, OASFactory.createObject(Schema.class)); // placeholder against cycles
            components.put(name, object(record, request));
        }
        return OASFactory.createObject(Schema.class).ref(name);
    }

    private Schema object(Class<?> record, boolean request) {
        Schema schema = SchemaTypes.of(Schema.SchemaType.OBJECT);
        org.eclipse.microprofile.openapi.annotations.media.Schema about =
                record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (about != null && !about.description().isEmpty()) {
            schema.description(about.description());
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            org.eclipse.microprofile.openapi.annotations.media.Schema rules =
                    annotation(component, org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            Schema property = rules != null && !rules.ref().isEmpty()
                    ? OASFactory.createObject(Schema.class).ref(rules.ref())
                    : of(component.getGenericType(), request);
            boolean nullable = annotation(component, Nullable.class) != null;
            if (rules != null) {
                apply(rules, property);
            }
            if (nullable && property.getRef() == null) {
                SchemaTypes.nullable(property);
            }
            schema.addProperty(component.getName(), property);
            com.fasterxml.jackson.annotation.JsonInclude include = annotation(component, com.fasterxml.jackson.annotation.JsonInclude.class);
            boolean sometimesLeftOut = include != null && include.value() != com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
            if (request ? rules != null && rules.required() : !sometimesLeftOut) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    /**
     * An annotation written on a record component: Java keeps it on the component, the field or
     * the accessor, depending on the annotation's targets.
     */
    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent component, Class<A> type) {
        A found = component.getAnnotation(type);
        if (found == null) {
            found = component.getAccessor().getAnnotation(type);
        }
        if (found == null) {
            try {
                found = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The schema of a Java type: scalars inline, records by reference. */
    Schema of(Type type, boolean request) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return SchemaTypes.of(Schema.SchemaType.ARRAY)
                    .items(of(generic.getActualTypeArguments()[0], request));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return SchemaTypes.of(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(generic.getActualTypeArguments()[1], request));
        }
        Class<?> raw = type instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) type).getRawType();
        Schema schema = OASFactory.createObject(Schema.class);
        if (raw == String.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING);
        }
        if (raw == UUID.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).format("uuid");
        }
        if (raw == Instant.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw.isEnum()) {
            List<Object> values = new ArrayList<>(List.of((Object[]) raw.getEnumConstants()).stream().map(Object::toString).toList());
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).enumeration(values);
        }
        if (raw.isRecord()) {
            return ref(raw, request);
        }
        throw new IllegalArgumentException("no schema for " + type + ": add it to Schemas");
    }

    /** Copies what the annotation says beyond its defaults. */
    private static void apply(org.eclipse.microprofile.openapi.annotations.media.Schema rules, Schema property) {
        if (!rules.description().isEmpty()) {
            if (property.getRef() != null) {
                return; // a reference carries nothing else in OpenAPI 3.0
            }
            property.description(rules.description());
        }
        if (!rules.format().isEmpty()) {
            property.format(rules.format());
        }
        if (rules.type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
            SchemaTypes.typed(property, Schema.SchemaType.valueOf(rules.type().name()));
        }
        if (rules.minLength() > 0) {
            property.minLength(rules.minLength());
        }
        if (rules.maxLength() != Integer.MAX_VALUE) {
            property.maxLength(rules.maxLength());
        }
        if (!rules.example().isEmpty()) {
            property.example(rules.example());
        }
        if (!rules.pattern().isEmpty()) {
            property.pattern(rules.pattern());
        }
        if (rules.enumeration().length > 0) {
            property.enumeration(new ArrayList<>(List.of((Object[]) rules.enumeration())));
        }
    }
}
