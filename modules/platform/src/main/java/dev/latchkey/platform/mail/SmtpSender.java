package dev.latchkey.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Jakarta Mail over SMTP to {@code MAIL_SMTP_HOST}:{@code MAIL_SMTP_PORT} from {@code MAIL_FROM}.
 * With no host set, each mail is written to the log instead (CONTRACT.md section 6).
 */
@ApplicationScoped
public class SmtpSender {

    private static final Logger LOG = Logger.getLogger(SmtpSender.class.getName());

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Latchkey <no-reply@latchkey.local>")
    String from;

    /** Says at start-up that mails, with the live links they carry, will be written to the log. */
    public void warnIfLogging() {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.warning("No MAIL_SMTP_HOST set: every mail, with the live confirmation and reset links it carries, "
                    + "is written to this log instead of being sent. Set MAIL_SMTP_HOST for any real use.");
        }
    }

    public void send(Mail mail) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "Mail (no MAIL_SMTP_HOST set) to " + mail.to() + "\nSubject: " + mail.subject() + "\n\n" + mail.body());
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP delivery to " + host.get() + ":" + port + " failed: " + e.getMessage(), e);
        }
    }
}
