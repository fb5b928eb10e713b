package dev.latchkey.platform.http;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one HTTP client for calls out of the service: HTTP/1.1, 5 s to connect, redirects never
 * followed (a target cannot bounce a call somewhere it was not allowed to point). Each request sets
 * its own overall timeout.
 */
public final class OutboundHttp {

    public static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private OutboundHttp() {
    }
}
