package org.mapbot.interaction;

import java.util.Optional;

/**
 * A button or menu choice, read and verified: who clicked where, the value it carries and the menu option chosen.
 * {@link #id(String)} turns the value into the id the app wrote there, or refuses the click.
 */
public record Click(Interaction who, String actionId, String value, Optional<String> selected, Answer answer) {

    public long id(String what) {
        return InteractionReader.id(value, what);
    }
}
