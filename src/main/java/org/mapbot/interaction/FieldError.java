package org.mapbot.interaction;

/** A form field the person must fix; shown under that field, and nothing is saved. */
public final class FieldError extends RuntimeException {
    private final String block;

    public FieldError(String block, String message) {
        super(message);
        this.block = block;
    }

    public String block() {
        return block;
    }
}
