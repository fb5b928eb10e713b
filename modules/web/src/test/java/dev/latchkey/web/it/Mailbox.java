package dev.latchkey.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on the port the service under test sends
 * to. It runs from first use to the end of the run; a test may stop and start it again.
 */
final class Mailbox {

    static final int PORT = Integer.getInteger("latchkey.it.smtp.port", 3025);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The newest mail to the address, waiting for it up to the limit. */
    static MimeMessage await(String to, Duration limit) throws Exception {
        start();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = find(to);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to + " within " + limit);
    }

    static synchronized Optional<MimeMessage> find(String to) throws Exception {
        MimeMessage[] all = server == null ? new MimeMessage[0] : server.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (Arrays.stream(all[i].getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                return Optional.of(all[i]);
            }
        }
        return Optional.empty();
    }

    /** Every mail to the address, oldest first. */
    static synchronized java.util.List<MimeMessage> all(String to) throws Exception {
        java.util.List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage m : server == null ? new MimeMessage[0] : server.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                mails.add(m);
            }
        }
        return mails;
    }

    static int count(String to) throws Exception {
        int n = 0;
        for (MimeMessage m : server == null ? new MimeMessage[0] : server.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                n++;
            }
        }
        return n;
    }

    /** The token in the mail's link ({@code token=<token>}). */
    static String token(MimeMessage mail) throws Exception {
        Matcher matcher = TOKEN.matcher(mail.getContent().toString());
        if (!matcher.find()) {
            throw new AssertionError("no token= link in: " + mail.getContent());
        }
        return matcher.group(1);
    }

    static String tokenFor(String to) throws Exception {
        return token(await(to, Duration.ofSeconds(30)));
    }
}
