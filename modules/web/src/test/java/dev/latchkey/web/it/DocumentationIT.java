package dev.latchkey.web.it;

import dev.latchkey.kernel.error.ErrorCode;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static dev.latchkey.web.it.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document, its explorer and the error reference are served and complete. */
class DocumentationIT {

    @Test
    void openApiDescribesEveryRouteWithItsErrors() {
        Response response = given().accept("application/json").get("/openapi");
        response.then().statusCode(200);
        var paths = response.jsonPath().getMap("paths");
        assertTrue(paths.containsKey("/api/accounts"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/accounts/{id}"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/health"), paths.keySet().toString());
        for (String path : new String[]{"/api/accounts/confirm", "/api/auth/login", "/api/auth/logout", "/api/auth/me",
                "/api/auth/password-reset", "/api/auth/password-reset/confirm"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        for (String path : new String[]{"/api/auth/refresh", "/api/sessions", "/api/sessions/{id}", "/api/2fa/totp/setup",
                "/api/2fa/totp/verify-setup", "/api/2fa/totp", "/api/2fa/verify"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        String unauthenticated = response.jsonPath().getString("paths.'/api/sessions'.get.responses.'401'.description");
        assertTrue(unauthenticated.contains("AUTHENTICATION_REQUIRED") && unauthenticated.contains("SESSION_EXPIRED"), unauthenticated);
        String locked = response.jsonPath().getString("paths.'/api/auth/login'.post.responses.'423'.description");
        assertTrue(locked.contains("AUTH_ACCOUNT_LOCKED"), locked);
        var post = response.jsonPath().getMap("paths.'/api/accounts'.post.responses");
        for (String status : new String[]{"201", "400", "409", "413", "415", "422", "500", "503"}) {
            assertTrue(post.containsKey(status), "POST /api/accounts documents " + status + ": " + post.keySet());
        }
        String conflict = response.jsonPath().getString("paths.'/api/accounts'.post.responses.'409'.description");
        assertTrue(conflict.contains("DUPLICATE_ENTRY"), conflict);
        var codes = response.jsonPath().getList("components.schemas.ErrorCode.enum");
        var examples = response.jsonPath().getMap("components.examples");
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(codes.contains(code.name()), "the ErrorCode schema lists " + code);
        }
        assertTrue(examples.containsKey("DUPLICATE_ENTRY") && examples.containsKey("DUPLICATE_ENTRY_problem"), examples.keySet().toString());
        assertTrue(response.jsonPath().getString("info.description").contains("/docs/errors"), "the front page points to the error reference");
        assertTrue(response.jsonPath().getMap("components.schemas").containsKey("ErrorEnvelope"));
        assertTrue(response.jsonPath().getMap("components.schemas").containsKey("Problem"));
    }

    @Test
    void theExplorerAndTheErrorReferenceAreServed() {
        given().get("/docs/").then().statusCode(200).body(containsString("swagger-ui-bundle.js"))
                .body(containsString("/docs/explorer.js"));
        given().get("/docs/explorer.js").then().statusCode(200).body(containsString("/openapi"));
        given().get("/webjars/swagger-ui/" + System.getProperty("swagger-ui.version", "5.34.1") + "/swagger-ui-bundle.js").then().statusCode(200);
        Response reference = given().get("/docs/errors");
        reference.then().statusCode(200).contentType(containsString("text/html"));
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(reference.asString().contains("id=\"" + code.name() + "\""), code.name());
        }
    }
}
