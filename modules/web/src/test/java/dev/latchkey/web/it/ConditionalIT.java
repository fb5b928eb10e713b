package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConditionalIT {

    @Test
    void aCurrentEtagGivesNotModifiedWithoutBody() throws Exception {
        People.Person person = People.confirmedQuickly();
        String id = person.id();
        String access = People.accessToken(person);
        Response first = given().auth().oauth2(access).get("/api/accounts/" + id);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        org.junit.jupiter.api.Assertions.assertNotNull(etag, "a read carries an ETag");
        Response second = given().auth().oauth2(access).header("If-None-Match", etag).get("/api/accounts/" + id);
        second.then().statusCode(304).header("ETag", equalTo(etag));
        assertEquals("", second.asString());
        given().auth().oauth2(access).header("If-None-Match", "\"something-else\"").get("/api/accounts/" + id).then().statusCode(200);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedWithTheCurrentTag() throws Exception {
        People.Person person = People.confirmedQuickly();
        String id = person.id();
        String access = People.accessToken(person);
        String etag = given().auth().oauth2(access).get("/api/accounts/" + id).header("ETag");
        assertError(given().auth().oauth2(access).header("If-Match", "\"stale\"").get("/api/accounts/" + id), 412, "PRECONDITION_FAILED")
                .then().body("error.details.current_etag", equalTo(etag));
        given().auth().oauth2(access).header("If-Match", etag).get("/api/accounts/" + id).then().statusCode(200);
    }
}
