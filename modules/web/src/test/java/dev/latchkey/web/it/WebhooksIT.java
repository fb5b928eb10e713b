package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outgoing webhooks to consumers on real HTTP servers that check the signature themselves. */
class WebhooksIT {

    record Subscription(String id, String secret) {
    }

    static Subscription subscribe(WebhookConsumer consumer, List<String> events) {
        Response created = Admin.as(admin -> json().auth().oauth2(admin).body(Map.of("url", consumer.url(), "events", events))
                .post("/api/admin/webhooks"));
        created.then().statusCode(201).header("Location", startsWith(Api.URL + "/api/admin/webhooks/"))
                .body("data.secret", startsWith("whsec_")).body("data.events", equalTo(events));
        Subscription subscription = new Subscription(created.path("data.id"), created.path("data.secret"));
        consumer.secret(subscription.secret());
        return subscription;
    }

    static void unsubscribe(Subscription subscription) {
        Admin.as(admin -> given().auth().oauth2(admin).delete("/api/admin/webhooks/" + subscription.id())).then().statusCode(204);
    }

    static List<WebhookConsumer.Received> await(WebhookConsumer consumer, Predicate<WebhookConsumer.Received> mine, int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<WebhookConsumer.Received> found = consumer.accepted().stream().filter(mine).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not delivered in time: " + consumer.accepted().stream().filter(mine).map(WebhookConsumer.Received::type).toList());
    }

    /**
     * The consumer fails every event's first two attempts (503) and checks each signature with its own
     * HMAC: the events of one account arrive in the order they happened, each accepted exactly once,
     * after three attempts, with nothing secret in them; the deliveries are listed for the administrator.
     */
    @Test
    void eventsArriveSignedInOrderOnceAfterFailedAttempts() throws Exception {
        try (WebhookConsumer consumer = new WebhookConsumer(2, 0)) {
            Subscription subscription = subscribe(consumer, List.of("account.created", "session.created", "session.ended"));
            try {
                People.Person person = People.confirmedQuickly();
                Response login = People.login(person.email(), person.password());
                String access = login.path("data.accessToken");
                String refresh = login.path("data.refreshToken");
                given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
                List<WebhookConsumer.Received> mine = await(consumer, r -> person.id().equals(r.body().getString("data.accountId")), 3);
                assertEquals(List.of("account.created", "session.created", "session.ended"), mine.stream().map(WebhookConsumer.Received::type).toList());
                assertEquals(login.<String>path("data.sessionId"), mine.get(1).body().getString("data.sessionId"));
                for (WebhookConsumer.Received event : mine) {
                    assertEquals(3, consumer.attempts(event.id()), "attempts of " + event.type());
                    assertEquals(event.id(), event.body().getString("id"));
                    for (String secret : List.of(person.password(), access, refresh, subscription.secret())) {
                        assertFalse(event.raw().contains(secret), "a secret in " + event.raw());
                    }
                }
                Thread.sleep(1_500);
                assertEquals(3, consumer.accepted().stream().filter(r -> person.id().equals(r.body().getString("data.accountId"))).count(),
                        "each event accepted once");
                assertEquals(0, consumer.badSignatures.get());
                Response deliveries = Admin.as(admin -> given().auth().oauth2(admin).get("/api/admin/webhooks/" + subscription.id() + "/deliveries?size=100"));
                deliveries.then().statusCode(200).body("data.eventId", hasItem(mine.get(0).id()));
                Map<String, Object> first = deliveries.jsonPath().getMap("data.find { it.eventId == '" + mine.get(0).id() + "' }");
                assertEquals("delivered", first.get("state"));
                assertEquals(3, first.get("attempts"));
                assertEquals(200, first.get("lastStatus"));
            } finally {
                unsubscribe(subscription);
            }
            Admin.as(admin -> given().auth().oauth2(admin).get("/api/admin/webhooks")).then().statusCode(200)
                    .body("data.id", not(hasItem(subscription.id()))).body("data.secret", everyItem(org.hamcrest.Matchers.nullValue()));
        }
    }

    /**
     * Every node of the test run (three on one database) delivers; 300 events queued at once for one
     * subscription arrive each exactly once and in order: a node claims the subscription, the others skip it.
     */
    @Test
    void manyEventsOverSeveralNodesArriveOnceAndInOrder() throws Exception {
        try (WebhookConsumer consumer = new WebhookConsumer(0, 0)) {
            Subscription subscription = subscribe(consumer, List.of("account.confirmed"));
            try {
                String marker = java.util.UUID.randomUUID().toString();
                int events = 300;
                try (java.sql.Connection db = java.sql.DriverManager.getConnection(Db.URL, "latchkey", "latchkey")) {
                    db.setAutoCommit(false);
                    try (java.sql.PreparedStatement insert = db.prepareStatement("insert into webhook_delivery (subscription_id, event_id, "
                            + "event_type, payload, created_at, next_attempt_at) values (?, ?, 'account.confirmed', ?, now(), now())")) {
                        for (int i = 0; i < events; i++) {
                            java.util.UUID event = java.util.UUID.randomUUID();
                            insert.setObject(1, java.util.UUID.fromString(subscription.id()));
                            insert.setObject(2, event);
                            insert.setString(3, "{\"id\":\"" + event + "\",\"type\":\"account.confirmed\",\"occurredAt\":\"2026-11-30T12:00:00Z\","
                                    + "\"data\":{\"accountId\":\"" + marker + "\",\"seq\":" + i + "}}");
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    db.commit();
                }
                List<WebhookConsumer.Received> mine = await(consumer, r -> marker.equals(r.body().getString("data.accountId")), events);
                Thread.sleep(1_500);
                mine = consumer.accepted().stream().filter(r -> marker.equals(r.body().getString("data.accountId"))).toList();
                assertEquals(events, mine.size(), "each delivered once");
                for (int i = 0; i < events; i++) {
                    assertEquals(i, mine.get(i).body().getInt("data.seq"), "in order");
                }
            } finally {
                unsubscribe(subscription);
            }
        }
    }

    /** A consumer that takes four seconds per delivery slows no request: the events wait in the outbox. */
    @Test
    void aSlowConsumerNeverSlowsTheRequestThatCausedTheEvent() throws Exception {
        try (WebhookConsumer consumer = new WebhookConsumer(0, 4_000)) {
            Subscription subscription = subscribe(consumer, List.of("session.created"));
            try {
                People.Person person = People.confirmedQuickly();
                long slowest = 0;
                for (int i = 0; i < 3; i++) {
                    Response login = People.login(person.email(), person.password());
                    login.then().statusCode(200);
                    slowest = Math.max(slowest, login.time());
                    given().auth().oauth2(login.<String>path("data.accessToken")).post("/api/auth/logout");
                }
                assertTrue(slowest < 2_000, "a sign-in waited for the consumer: " + slowest + " ms");
                await(consumer, r -> person.id().equals(r.body().getString("data.accountId")), 1);
            } finally {
                unsubscribe(subscription);
            }
        }
    }

    @Test
    void aSubscriptionNeedsAnHttpUrlAndKnownEvents() {
        // (private and loopback targets, refused by default, are allowed on the test nodes: WebhookSignatureAndTargetsTest holds the refusal)
        Response unknown = Admin.as(admin -> json().auth().oauth2(admin)
                .body(Map.of("url", "https://example.com/hook", "events", List.of("account.exploded"))).post("/api/admin/webhooks"));
        assertError(unknown, 422, "VALIDATION_ERROR").then().body("error.details[0].field", equalTo("events"));
        Response notUrl = Admin.as(admin -> json().auth().oauth2(admin)
                .body(Map.of("url", "ftp://example.com/hook", "events", List.of("account.created"))).post("/api/admin/webhooks"));
        assertError(notUrl, 422, "VALIDATION_ERROR").then().body("error.details[0].field", equalTo("url"));
        String someone = People.accessToken(uncheckedPerson());
        assertError(json().auth().oauth2(someone).body(Map.of("url", "https://example.com/hook", "events", List.of("account.created")))
                .post("/api/admin/webhooks"), 403, "ACCESS_DENIED");
        Admin.as(admin -> assertError(given().auth().oauth2(admin).delete("/api/admin/webhooks/" + java.util.UUID.randomUUID()), 404, "RESOURCE_NOT_FOUND"));
    }

    private static People.Person uncheckedPerson() {
        try {
            return People.confirmedQuickly();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
