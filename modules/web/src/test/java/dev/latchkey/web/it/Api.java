package dev.latchkey.web.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Helpers for the black-box tests: the running service is at {@code latchkey.it.url}. */
final class Api {

    static final String URL = System.getProperty("latchkey.it.url", "http://localhost:8181");
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private Api() {
    }

    static RequestSpecification given() {
        return RestAssured.given().baseUri(URL).urlEncodingEnabled(true);
    }

    static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A fresh, valid registration body. */
    static Map<String, Object> newAccount() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new java.util.HashMap<>(Map.of("email", "user-" + tag + "@example.com", "username", "u" + tag,
                "password", "correct horse battery staple", "displayName", "User " + tag));
    }

    static Response register(Map<String, Object> body) {
        return json().body(body).post("/api/accounts");
    }

    /** Asserts the error envelope of CONTRACT.md section 2 with the given status and code. */
    static Response assertError(Response response, int status, String code) {
        response.then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("status", equalTo("error"))
                .body("error.code", equalTo(code))
                .body("error.message", not(emptyOrNullString()))
                .body("error.details", notNullValue())
                .body("timestamp", matchesPattern(TIMESTAMP))
                .body("request_id", equalTo(response.header("X-Request-Id")));
        assertNoInternals(response.asString());
        return response;
    }

    static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "at dev.", "at org.", "java.", "jakarta.", "SQL", "select ", "insert ", "Payara", "hibernate")) {
            if (body.contains(leak)) {
                throw new AssertionError("body leaks internals (" + leak + "): " + body);
            }
        }
    }

    /** Runs the calls at once (released together) and returns their results. */
    static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
