package dev.latchkey.sessions.tokens.boundary;

import java.util.List;

/** One page of an account's open sessions, newest first. */
public record SessionPage(List<SessionView> items, int page, int size, long total) {
}
