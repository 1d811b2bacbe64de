package org.mapbot.interaction;

import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted modal, read and verified: who submitted it, the metadata the app signed when it opened the form, and
 * the fields by block id. Every field may be missing or tampered with; readers never trust its shape.
 */
public record Form(Interaction who, String callbackId, String metadata, Map<String, Map<String, ViewState.Value>> values) {

    /** The id the app put in the form's metadata. */
    public long id() {
        return InteractionReader.id(metadata, "form");
    }

    private Optional<ViewState.Value> value(String block) {
        return Optional.ofNullable(values.get(block)).flatMap(actions -> actions.values().stream().findFirst());
    }

    public Optional<String> text(String block) {
        return value(block).map(ViewState.Value::getValue).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A picked date; a value no date picker sends is an error under that field. */
    public Optional<LocalDate> date(String block) {
        Optional<String> raw = value(block).map(ViewState.Value::getSelectedDate).filter(s -> !s.isBlank());
        try {
            return raw.map(text -> {
                if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
                }
                return LocalDate.parse(text);
            });
        } catch (DateTimeParseException e) {
            throw new FieldError(block, "That is not a date I can read. Pick one from the calendar.");
        }
    }

    public Optional<String> user(String block) {
        return value(block).map(ViewState.Value::getSelectedUser).filter(s -> s.matches("[UW][A-Z0-9]{2,20}"));
    }

    public Optional<String> option(String block) {
        return value(block).map(ViewState.Value::getSelectedOption).map(o -> o.getValue()).filter(s -> s != null && !s.isBlank());
    }

    public java.util.List<String> options(String block) {
        return value(block).map(ViewState.Value::getSelectedOptions).orElse(java.util.List.of()).stream()
                .map(o -> String.valueOf(o.getValue())).toList();
    }

    public boolean checked(String block) {
        return !options(block).isEmpty();
    }
}
