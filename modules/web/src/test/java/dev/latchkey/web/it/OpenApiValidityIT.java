package dev.latchkey.web.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.latchkey.web.it.Api.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served document is valid OpenAPI 3 that generated clients and the explorer can use. */
class OpenApiValidityIT {

    static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void yamlAndJsonAreServedAsSuchAndAreValid() {
        Response yaml = given().get("/openapi");
        yaml.then().statusCode(200).contentType(startsWith("application/yaml"));
        Response json = given().accept("application/json").get("/openapi");
        json.then().statusCode(200).contentType(startsWith("application/json"));
        for (Response document : List.of(yaml, json)) {
            SwaggerParseResult result = parse(document.asString());
            assertNotNull(result.getOpenAPI(), "parsed");
            assertEquals(List.of(), result.getMessages(), "swagger-parser finds nothing wrong");
        }
        assertFalse(json.jsonPath().getMap("").containsKey("endpoints"), "no non-standard top-level key");
    }

    @Test
    void everyOperationIsNamedTypedAndSecuredOnce() {
        JsonPath document = given().accept("application/json").get("/openapi").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Set<String> ids = new HashSet<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                String id = (String) op.get("operationId");
                assertNotNull(id, where);
                assertTrue(ids.add(id), "operationId " + id + " is unique");
                assertTrue(op.containsKey("security"), where + " says who may call it");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                responses.forEach((status, response) -> {
                    if (status.startsWith("2") && !status.equals("204")) {
                        assertNotNull(response.get("content"), where + " " + status + " has a typed body");
                    }
                    assertTrue(((Map<?, ?>) response.get("headers")).containsKey("X-Request-Id"), where + " " + status);
                });
            }
        }
        assertEquals("bearer", document.getString("components.securitySchemes.bearerAuth.scheme"));
        assertEquals("X-API-Key", document.getString("components.securitySchemes.apiKey.name"));
        assertEquals(List.of(Map.of("bearerAuth", List.of()), Map.of("apiKey", List.of())), document.getList("paths.'/api/auth/me'.get.security"));
        assertEquals(List.of(Map.of("bearerAuth", List.of())), document.getList("paths.'/api/auth/logout'.post.security"));
        assertEquals(List.of(), document.getList("paths.'/api/auth/login'.post.security"));
        assertEquals("#/components/schemas/AccountEnvelope",
                document.getString("paths.'/api/auth/me'.get.responses.'200'.content.'application/json'.schema.$ref"));
        assertEquals("#/components/schemas/DevicePageEnvelope",
                document.getString("paths.'/api/devices'.get.responses.'200'.content.'application/json'.schema.$ref"));
        assertNotNull(document.get("paths.'/api/devices'.post.responses.'201'.headers.Location"));
        assertNotNull(document.get("paths.'/api/devices/{id}'.get.responses.'200'.headers.ETag"));
        assertEquals("uuid", document.getString("paths.'/api/devices/{id}'.get.parameters[0].schema.format"));
        assertEquals("integer", document.getString("components.parameters.page.schema.type"));
        assertFalse(document.getString("servers[0].url").startsWith("http"), "a relative server: the explorer calls whatever host it was opened on");
        // an error example shows a code the route can answer with
        Map<String, Object> unauthorized = document.getMap("paths.'/api/auth/me'.get.responses.'401'.content.'application/json'.examples");
        assertTrue(unauthorized.containsKey("AUTHENTICATION_REQUIRED") && !unauthorized.containsKey("INVALID_REQUEST"), unauthorized.keySet().toString());
    }
}
