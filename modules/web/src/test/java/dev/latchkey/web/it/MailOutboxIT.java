package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail goes through an outbox: a mail server that is down fails no request and loses no mail. */
class MailOutboxIT {

    @Test
    void aRegistrationWhileTheMailServerIsDownStillGetsItsMailOnceItIsUp() throws Exception {
        Mailbox.stop();
        People.Person person;
        try {
            person = People.registered();
            Thread.sleep(2500);
            Number attempts = (Number) Db.value("select max(attempts) from mail_outbox where recipient = ?", person.email());
            assertTrue(attempts.intValue() >= 1, "delivery was tried while the server was down");
            assertEquals(null, Db.value("select sent_at from mail_outbox where recipient = ?", person.email()));
        } finally {
            Mailbox.start();
        }
        Mailbox.await(person.email(), Duration.ofSeconds(70));
        assertEquals(1, Mailbox.count(person.email()), "delivered once");
        assertTrue(Db.value("select sent_at from mail_outbox where recipient = ?", person.email()) != null);
    }

    @Test
    void theMailCarriesTheTokenInALink() throws Exception {
        People.Person person = People.registered();
        String body = Mailbox.await(person.email(), Duration.ofSeconds(30)).getContent().toString();
        assertTrue(body.matches("(?s).*https?://\\S+\\?token=[A-Za-z0-9_-]{43}.*"), body);
    }
}
