package org.mapbot.sandbox;

import com.google.gson.JsonObject;
import java.util.Optional;

/** {@code views.*}: modals opened on a trigger the sandbox handed out, pushed, updated, and Home tabs published. */
final class ViewMethods {
    private final SandboxState state;

    ViewMethods(SandboxState state) {
        this.state = state;
    }

    JsonObject openView(ApiParams p, boolean push) {
        JsonObject view = p.object("view");
        if (view == null) {
            return SlackAnswer.error("invalid_arguments");
        }
        Optional<String> person = state.personOfTrigger(p.string("trigger_id"));
        if (person.isEmpty()) {
            return SlackAnswer.error("invalid_trigger_id");
        }
        if (push && state.views().modals(person.get()).isEmpty()) {
            return SlackAnswer.error("not_found"); // views.push needs an open modal to push onto
        }
        OpenView open = push ? state.views().pushModal(person.get(), view) : state.views().openModal(person.get(), view);
        return viewResult(open);
    }

    JsonObject updateView(ApiParams p) {
        JsonObject view = p.object("view");
        if (view == null) {
            return SlackAnswer.error("invalid_arguments");
        }
        String viewId = p.string("view_id");
        if (viewId == null) {
            return SlackAnswer.error(p.has("external_id") ? "not_found" : "invalid_arguments");
        }
        Optional<OpenView> existing = state.views().view(viewId);
        if (existing.isEmpty()) {
            return SlackAnswer.error("not_found");
        }
        if (p.has("hash") && !p.string("hash").equals(existing.get().hash())) {
            return SlackAnswer.error("hash_conflict");
        }
        return viewResult(state.views().updateView(viewId, view).orElseThrow());
    }

    JsonObject publishView(ApiParams p) {
        JsonObject view = p.object("view");
        Optional<Person> person = SandboxCast.person(p.string("user_id"));
        if (view == null) {
            return SlackAnswer.error("invalid_arguments");
        }
        if (person.isEmpty()) {
            return SlackAnswer.error("user_not_found");
        }
        if (!"home".equals(view.has("type") ? view.get("type").getAsString() : "")) {
            return SlackAnswer.error("invalid_arguments");
        }
        return viewResult(state.views().publishHome(person.get().id(), view));
    }

    private static JsonObject viewResult(OpenView open) {
        JsonObject ok = SlackAnswer.ok();
        ok.add("view", open.echoed());
        return ok;
    }
}
