package dev.latchkey.platform.mail;

/** A plain-text mail to one recipient. */
public record Mail(String to, String subject, String body) {
}
