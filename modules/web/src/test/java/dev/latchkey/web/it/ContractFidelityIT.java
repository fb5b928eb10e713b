package dev.latchkey.web.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user found differing from CONTRACT.md, each held to it. */
class ContractFidelityIT {

    /** A real chunked request: the JDK client sends a body of unknown length chunked. */
    static HttpResponse<String> chunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.URL + path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOversizedChunkedBodyIsPayloadTooLargeWhateverItsShape() throws Exception {
        String big = "x".repeat(70 * 1024);
        Map<String, byte[]> bodies = Map.of(
                "/api/accounts", ("{\"email\":\"a@example.com\",\"username\":\"abc\",\"password\":\"" + big + "\"}").getBytes(StandardCharsets.UTF_8),
                "/api/auth/login", ("{\"login\":\"" + big + "\",\"password\":\"p\"}").getBytes(StandardCharsets.UTF_8),
                "/api/auth/refresh", ("[\"" + big + "\"]").getBytes(StandardCharsets.UTF_8),
                "/api/accounts/confirm", ("{\"token\":{\"nested\":[\"" + big + "\"]}}").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            HttpResponse<String> response = chunked(body.getKey(), body.getValue());
            assertEquals(413, response.statusCode(), body.getKey() + ": " + response.body());
            JsonPath json = JsonPath.from(response.body());
            assertEquals("PAYLOAD_TOO_LARGE", json.getString("error.code"));
            assertEquals(65536, json.getInt("error.details.max_bytes"));
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        }
    }

    /** The raw bytes of a header: Latin-1 ü is not a request id, so a new one is made. */
    static String rawGet(String path, byte[] extraHeader) throws Exception {
        URI uri = URI.create(Api.URL);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: application/json\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(extraHeader);
            out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aRequestIdWithBytesOutsideAsciiIsReplaced() throws Exception {
        byte[] header = "X-Request-Id: \u00fcmlaut".getBytes(StandardCharsets.ISO_8859_1);
        for (String path : List.of("/api/health", "/api/nope")) {
            String answer = rawGet(path, header);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("(?im)^X-Request-Id: (\\S+)$").matcher(head);
            assertTrue(id.find(), "the answer carries a request id: " + head);
            assertTrue(id.group(1).matches("[A-Za-z0-9._-]{1,128}") && !id.group(1).contains("mlaut"), id.group(1));
            if (path.equals("/api/nope")) {
                assertTrue(answer.contains("\"request_id\":\"" + id.group(1) + "\""), answer);
            }
        }
    }

    /** The shape of the whole request is checked before the password is: no hash, no failure counted. */
    @Test
    void aMalformedProofIsAValidationErrorBeforeThePasswordIsChecked() throws Exception {
        People.Person person = People.confirmedQuickly();
        for (String password : List.of("wrong password!", person.password())) {
            Response answer = json().body(Map.of("login", person.email(), "password", password, "deviceId", UUID.randomUUID().toString(),
                    "proof", Map.of("nonce", "n", "timestamp", 1))).post("/api/auth/login");
            assertError(answer, 422, "VALIDATION_ERROR").then().body("error.details[0].field", equalTo("proof.signature"));
        }
        assertError(json().body(Map.of("login", person.email(), "password", "wrong password!", "deviceId", "not-a-uuid",
                "proof", Map.of("nonce", "n", "timestamp", 1, "signature", "AAAA"))).post("/api/auth/login"), 400, "INVALID_REQUEST")
                .then().body("error.details.field", equalTo("deviceId"));
        Object failures = Db.value("select failures from login_guard where subject = ?", "account:" + person.id());
        assertTrue(failures == null || ((Number) failures).intValue() == 0, "no password was checked: " + failures);
    }

    @Test
    void theDeviceIdHeaderIsAUuidInAnyCase() throws Exception {
        DeviceBoundSessionIT.Bound bound = DeviceBoundSessionIT.signInWithDevice();
        String refresh = bound.login().path("data.refreshToken");
        assertError(json().header("X-Device-Id", "not-a-uuid").body(Map.of("refreshToken", refresh)).post("/api/auth/refresh"),
                403, "DEVICE_MISMATCH");
        json().header("X-Device-Id", bound.deviceId().toUpperCase()).body(Map.of("refreshToken", refresh)).post("/api/auth/refresh")
                .then().statusCode(200);
    }

    @Test
    void oneDeviceProofSchemaServesBothRoutes() {
        JsonPath openapi = given().accept("application/json").get("/openapi").jsonPath();
        Map<String, Object> proof = openapi.getMap("components.schemas.DeviceProof.properties");
        assertEquals(java.util.Set.of("nonce", "timestamp", "signature"), proof.keySet());
        assertTrue(openapi.getList("components.schemas.DeviceProof.required").containsAll(List.of("nonce", "timestamp", "signature")));
        assertEquals("#/components/schemas/DeviceProof", openapi.getString("components.schemas.LoginRequest.properties.proof.$ref"));
    }

    @Test
    void theNulCharacterIsAFormatViolationOfItsField() throws Exception {
        Map<String, Object> registration = new java.util.HashMap<>(Api.newAccount());
        registration.put("displayName", "x\u0000y");
        assertError(Api.register(registration), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("displayName")).body("error.details[0].type", equalTo("format"));
        assertError(json().body(Map.of("login", "a\u0000b", "password", "p")).post("/api/auth/login"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("login"));
        String access = People.accessToken(People.confirmedQuickly());
        assertError(json().auth().oauth2(access).body(Map.of("name", "Ph\u0000ne", "publicKey", DevicesIT.spki(DevicesIT.key("secp256r1"))))
                .post("/api/devices"), 422, "VALIDATION_ERROR").then().body("error.details[0].field", equalTo("name"));
    }

    @Test
    void pagesBeyondTheMaximumAreAValidationError() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        for (String route : List.of("/api/devices", "/api/sessions")) {
            assertError(given().auth().oauth2(access).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get(route), 422,
                    "VALIDATION_ERROR").then().body("error.details[0].field", equalTo("page"))
                    .body("error.details[0].type", equalTo("range")).body("error.details[0].max", equalTo(100000));
        }
        given().auth().oauth2(access).queryParam("page", 100000).get("/api/devices").then().statusCode(200);
    }

    @Test
    void unknownRoutesAreNotFoundWhateverTheMethod() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS")) {
            assertError(given().request(method, "/nope"), 404, "RESOURCE_NOT_FOUND");
            assertError(given().request(method, "/api/nope"), 404, "RESOURCE_NOT_FOUND");
        }
        assertError(given().put("/docs/"), 405, "METHOD_NOT_ALLOWED").then().header("Allow", containsString("GET"));
    }

    @Test
    void optionsAnswersAllowWithoutABodyAndTraceIsNotAllowed() {
        Response options = given().options("/api/devices");
        options.then().statusCode(204).header("Allow", containsString("POST")).header("X-Request-Id", not(equalTo(null)));
        assertEquals("", options.asString());
        assertFalse(options.asString().contains("Jersey"));
        assertTrue(options.header("Server") == null || !options.header("Server").contains("Payara"), "no server name");
        for (String path : List.of("/api/health", "/health", "/docs/")) {
            assertError(given().request("TRACE", path), 405, "METHOD_NOT_ALLOWED").then().header("Allow", not(containsString("TRACE")));
        }
    }

    @Test
    void aFractionalTimestampMustBeAnInteger() {
        assertError(json().body(Map.of("nonce", "x", "timestamp", 1.5, "signature", "AAAA")).post("/api/devices/" + UUID.randomUUID() + "/verify"),
                400, "INVALID_REQUEST").then().body("error.details.field", equalTo("timestamp"))
                .body("error.details.issue", equalTo("must be an integer"));
    }
}
