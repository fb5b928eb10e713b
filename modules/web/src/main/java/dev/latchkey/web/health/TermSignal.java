package dev.latchkey.web.health;

import sun.misc.Signal;

/**
 * The one place that touches {@code sun.misc.Signal}, kept out of the beans: on a server whose module
 * system hides it (WildFly, which stops gracefully by itself), linking fails here and is caught.
 */
final class TermSignal {

    private TermSignal() {
    }

    static void onTerm(Runnable action) {
        Signal.handle(new Signal("TERM"), signal -> action.run());
    }
}
