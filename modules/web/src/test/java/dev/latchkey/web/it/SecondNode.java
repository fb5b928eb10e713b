package dev.latchkey.web.it;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The second test node ({@code latchkey.it.limits-url}): same database and keys as the main one,
 * but the contract's rate limits, and 127.0.0.1 as its only trusted proxy. Clients reach it from
 * loopback addresses of their own (the socket bound to 127.x.y.z), so each test is a client no
 * other test or earlier run shares.
 */
final class SecondNode {

    static final String URL = System.getProperty("latchkey.it.limits-url", "http://127.0.0.1:8182");
    static final String TRUSTED_PROXY = "127.0.0.1";

    private SecondNode() {
    }

    /** A JSON request to the second node from the given local address. */
    static RequestSpecification from(String localAddress) {
        try {
            HttpClientConfig client = HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", InetAddress.getByName(localAddress));
            return RestAssured.given().baseUri(URL).config(RestAssuredConfig.config().httpClient(client))
                    .contentType(ContentType.JSON).accept(ContentType.JSON);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(localAddress, e);
        }
    }

    /** A loopback address no other client uses: 127.x.y.z with x from 2 to 254. */
    static String freshLoopback() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(2, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    /** A public-looking address (198.18.0.0/15, the benchmarking block) for X-Forwarded-For. */
    static String freshRemote() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }
}
