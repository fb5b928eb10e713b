package dev.latchkey.web.ratelimit;

import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.web.auth.Authenticated;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits a route counts against, and per whom, read from its annotations: every
 * {@link Authenticated} route counts against {@code api} per API key or account, plus its
 * {@link RateLimited} per-account limit if it has one; an anonymous route counts against its
 * {@link RateLimited} limit, or against {@code global} per client address when it has none;
 * {@link Unlimited} routes count nowhere. {@link RateLimiting} counts by it and the OpenAPI
 * document describes each route by it.
 */
public final class RouteLimits {

    /** One limit a route counts against, and whose calls it counts together. */
    public record Counted(String limit, RateLimited.Per per) {
    }

    private static final Map<Method, List<Counted>> BY_METHOD = new ConcurrentHashMap<>();

    private RouteLimits() {
    }

    /** The limits of a resource method (read from its annotations once). */
    public static List<Counted> of(Method method, Class<?> resource) {
        return BY_METHOD.computeIfAbsent(method, m -> read(m, resource));
    }

    private static List<Counted> read(Method method, Class<?> resource) {
        if (annotated(Unlimited.class, method, resource).isPresent()) {
            return List.of();
        }
        Optional<RateLimited> declared = annotated(RateLimited.class, method, resource);
        if (annotated(Authenticated.class, method, resource).isPresent()) {
            Counted api = new Counted(RateLimitPolicy.API, RateLimited.Per.API_CALLER);
            return declared.map(limited -> List.of(api, new Counted(limited.value(), RateLimited.Per.ACCOUNT))).orElse(List.of(api));
        }
        return List.of(declared.map(limited -> new Counted(limited.value(), limited.per()))
                .orElse(new Counted(RateLimitPolicy.GLOBAL, RateLimited.Per.CLIENT)));
    }

    private static <A extends Annotation> Optional<A> annotated(Class<A> type, Method method, Class<?> resource) {
        return Optional.ofNullable(method.getAnnotation(type)).or(() -> Optional.ofNullable(resource.getAnnotation(type)));
    }
}
