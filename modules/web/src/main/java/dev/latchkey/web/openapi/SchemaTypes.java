package dev.latchkey.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Sets a schema's type through MicroProfile OpenAPI 3.1 ({@code type(SchemaType)}, Payara 6) and 4.x
 * ({@code type(List<SchemaType>)}, WildFly 39) alike: code compiled against one calls the other's
 * method reflectively, so one EAR documents itself on both servers.
 */
final class SchemaTypes {

    private static final Method SINGLE = method(Schema.SchemaType.class);
    private static final Method LIST = SINGLE == null ? method(List.class) : null;

    private SchemaTypes() {
    }

    /** A new schema of the type. */
    static Schema of(Schema.SchemaType type) {
        return typed(OASFactory.createObject(Schema.class), type);
    }

    static Schema typed(Schema schema, Schema.SchemaType type) {
        try {
            if (SINGLE != null) {
                SINGLE.invoke(schema, type);
            } else {
                LIST.invoke(schema, List.of(type));
            }
            return schema;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set a schema's type on this MicroProfile OpenAPI", e);
        }
    }

    /**
     * Marks a schema as also taking null: {@code nullable: true} in 3.1's model (OpenAPI 3.0); in 4.x's
     * (OpenAPI 3.1) the type list gains {@code null}, and a bare reference stays as it is.
     */
    static Schema nullable(Schema schema) {
        try {
            try {
                Schema.class.getMethod("nullable", Boolean.class).invoke(schema, Boolean.TRUE);
            } catch (NoSuchMethodException openApi31) {
                if (schema.getRef() == null) {
                    Schema.class.getMethod("addType", Schema.SchemaType.class).invoke(schema, Schema.SchemaType.valueOf("NULL"));
                }
            }
            return schema;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot mark a schema nullable on this MicroProfile OpenAPI", e);
        }
    }

    private static Method method(Class<?> parameter) {
        try {
            return Schema.class.getMethod("type", parameter);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
