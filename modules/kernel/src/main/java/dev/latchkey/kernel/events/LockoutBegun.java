package dev.latchkey.kernel.events;

/** Fired when a run of failed sign-ins locks a login (an account's or an unknown one's): for metrics. */
public record LockoutBegun() {
}
