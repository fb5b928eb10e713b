package dev.latchkey.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.latchkey.kernel.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

class JsonBodiesTest {

    enum Colour { RED, GREEN }

    record Nested(String name) {
    }

    record Sample(String text, Boolean flag, Integer count, Colour colour, List<String> tags, Nested nested) {
    }

    static InvalidRequest failure(String json) {
        try {
            Json.MAPPER.readValue(json, Sample.class);
        } catch (JsonProcessingException e) {
            return (InvalidRequest) JsonBodies.describe(e);
        }
        return fail("expected " + json + " to be rejected");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": 1}               | text    | must be a string",
            "{\"text\": 1.5}             | text    | must be a string",
            "{\"text\": true}            | text    | must be a string",
            "{\"text\": {}}              | text    | must be a string",
            "{\"flag\": \"yes\"}         | flag    | must be a boolean",
            "{\"count\": \"7\"}          | count   | must be an integer",
            "{\"count\": 1.5}            | count   | must be an integer",
            "{\"colour\": \"BLUE\"}      | colour  | 'must be one of: RED, GREEN'",
            "{\"tags\": \"a\"}           | tags    | must be an array",
            "{\"tags\": [1]}             | tags[0] | must be a string",
            "{\"nested\": \"x\"}         | nested  | must be an object",
            "{\"nested\": {\"name\": 2}} | nested.name | must be a string"})
    void wrongTypesNameTheFieldAndTheExpectation(String json, String field, String issue) {
        InvalidRequest e = failure(json);
        assertEquals(field, e.details().get("field"));
        assertEquals(issue, e.details().get("issue"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"text\": ", "{\"text\": \"a\",}", "{\"a\":1}{\"b\":2}", "{\"text\":\"a\",\"text\":\"b\"}", "nonsense"})
    void syntaxErrorsNameTheBody(String json) {
        assertEquals("body", failure(json).details().get("field"));
    }

    @Test
    void aNonObjectBodyMustBeAnObject() {
        assertEquals("must be a JSON object", failure("[1, 2]").details().get("issue"));
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        assertEquals("a", Json.MAPPER.readValue("{\"text\":\"a\",\"status\":\"ADMIN\"}", Sample.class).text());
    }

    @Test
    void instantsAreWrittenAsRfc3339ToTheSecond() throws Exception {
        assertEquals("\"2026-01-01T10:00:00Z\"", Json.MAPPER.writeValueAsString(Instant.parse("2026-01-01T10:00:00.987654Z")));
    }

    @Test
    void theErrorNeverEchoesTheValue() {
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> {
            throw failure("{\"text\": 98765432123}");
        });
        assertEquals(-1, e.details().toString().indexOf("98765432123"));
    }

    @org.junit.jupiter.api.Test
    void aNulCharacterIsAFormatViolationOfItsField() {
        org.junit.jupiter.api.Assertions.assertThrows(Json.NulCharacter.class,
                () -> Json.MAPPER.readValue("{\"nested\": {\"name\": \"x\\u0000y\"}}", Sample.class));
        try {
            Json.MAPPER.readValue("{\"nested\": {\"name\": \"x\\u0000y\"}}", Sample.class);
        } catch (JsonProcessingException e) {
            dev.latchkey.kernel.error.ValidationFailed failed = (dev.latchkey.kernel.error.ValidationFailed) JsonBodies.describe(e);
            assertEquals("nested.name", failed.violations().get(0).field());
            assertEquals(dev.latchkey.kernel.error.Violation.Type.FORMAT, failed.violations().get(0).type());
        }
    }
}
