package org.mapbot.interaction;

/**
 * A request refused before any listener ran: a tampered or foreign id, a form changed on its way. The message is
 * written for the person who clicked, and nothing was changed.
 */
public final class Refusal extends RuntimeException {
    public Refusal(String message) {
        super(message);
    }
}
