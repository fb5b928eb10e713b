package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latchkey.web.it.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

class SecurityHeadersIT {

    @Test
    void everyAnswerForbidsSniffing() {
        for (Response response : List.of(given().get("/api/health"), given().get("/nope"), given().get("/docs/"),
                given().get("/openapi"), given().get("/api/auth/me"))) {
            response.then().header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void theExplorerAllowsOnlyItsOwnScripts() {
        given().get("/docs/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(not(containsString("<script>")));
        given().get("/docs/explorer.js").then().statusCode(200).body(containsString("SwaggerUIBundle"));
    }

    @Test
    void personalAnswersAreNotStored() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(access).get("/api/sessions").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }
}
