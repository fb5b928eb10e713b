package dev.latchkey.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes JSON bodies with {@link Json#MAPPER}. A body that cannot be read becomes
 * INVALID_REQUEST naming the field and what was wrong with it, never echoing the value.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJsonType(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entity, 1);
        int first = in.read();
        if (first < 0) {
            return null; // no body: the resource decides (Bodies.required, or an optional body)
        }
        in.unread(first);
        JavaType javaType = Json.MAPPER.getTypeFactory().constructType(genericType);
        try {
            return Json.MAPPER.readValue(in, javaType);
        } catch (JsonProcessingException e) {
            // the body stream's own refusals (too large, too slow) arrive wrapped by Jackson; a body that
            // is unreadable early is still read to its end, so that an oversized one is told as such
            throw causeOf(e).or(() -> refusalOfTheRest(in)).orElseGet(() -> describe(e));
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJsonType(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Json.MAPPER.writeValue(out, value);
    }

    private static java.util.Optional<LatchkeyException> refusalOfTheRest(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.Optional.empty();
        } catch (LatchkeyException refused) {
            return java.util.Optional.of(refused);
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<LatchkeyException> causeOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LatchkeyException catalogued) {
                return java.util.Optional.of(catalogued);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isJsonType(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !jakarta.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
    }

    /** Names the offending field and says what it should have been; JSON syntax errors name the body. */
    static LatchkeyException describe(JsonProcessingException e) {
        if (e instanceof Json.NulCharacter nul) {
            return new ValidationFailed(new Violation(field(nul), Violation.Type.FORMAT, "must not contain the NUL character (U+0000)"));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new InvalidRequest(field(mismatch), expectation(mismatch));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new InvalidRequest("body", "must be a JSON object");
        }
        if (e instanceof JsonMappingException) {
            return new InvalidRequest("body", "could not be mapped to the expected structure");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new InvalidRequest("body", "is not valid JSON" + where);
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return "must be one of: " + allowed;
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be a boolean";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == Short.class || target == short.class || target == java.math.BigInteger.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "must be a number";
        }
        if (target == java.time.Instant.class) {
            return "must be an RFC 3339 time, e.g. 2026-01-01T00:00:00Z";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord() || !target.getName().startsWith("java.")) {
            return "must be an object";
        }
        return e instanceof InvalidFormatException ? "has an invalid format" : "has the wrong type";
    }
}
