package org.mapbot.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every feature attaches its Slack listeners. Each request is read by the {@link InteractionReader} first (who,
 * which installation, where; ids and signed metadata verified), then handed to the listener; refusals become one
 * ephemeral line (or an error under the form's field), unexpected failures a line saying nothing was changed.
 */
public final class SlackListeners {
    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
    static final String OUR_FAULT = "Something went wrong on our side; nothing was changed. Please try again.";

    private final App app;
    private final InteractionReader reader;
    private final SignedMetadata metadata;
    private final Modals modals;
    private final SlackClients slack;
    private final Executor background;

    public SlackListeners(App app, InteractionReader reader, SignedMetadata metadata, Modals modals, SlackClients slack,
                          Executor background) {
        this.app = app;
        this.reader = reader;
        this.metadata = metadata;
        this.modals = modals;
        this.slack = slack;
        this.background = background;
    }

    @FunctionalInterface
    public interface ClickHandler {
        void handle(Click click) throws Exception;
    }

    @FunctionalInterface
    public interface FormHandler {
        void handle(Form form) throws Exception;
    }

    @FunctionalInterface
    public interface OptionsHandler {
        java.util.List<com.slack.api.app_backend.interactive_components.response.Option> options(Interaction who, String blockId,
                                                                                                 String typed) throws Exception;
    }

    @FunctionalInterface
    public interface EventHandler<E extends Event> {
        void handle(E event, InteractionReader reader) throws Exception;
    }

    public InteractionReader reader() {
        return reader;
    }

    public Modals modals() {
        return modals;
    }

    public void onClick(String actionId, ClickHandler handler) {
        app.blockAction(actionId, (req, ctx) -> click(req, ctx, handler));
    }

    public void onClick(Pattern actionId, ClickHandler handler) {
        app.blockAction(actionId, (req, ctx) -> click(req, ctx, handler));
    }

    /** A form; {@code mainBlock} is where refusals that belong to no single field are shown. */
    public void onSubmit(String callbackId, String mainBlock, FormHandler handler) {
        app.viewSubmission(callbackId, (req, ctx) -> submit(req, ctx, mainBlock, handler));
    }

    /** A menu that loads its options as the person types ({@code block_suggestion}); a refusal offers nothing. */
    public void onOptions(String actionId, OptionsHandler handler) {
        app.blockSuggestion(actionId, (req, ctx) -> {
            var payload = req.getPayload();
            try {
                Interaction who = reader.suggestion(payload);
                String typed = payload.getValue() == null ? "" : payload.getValue().strip();
                var options = handler.options(who, payload.getBlockId(), typed);
                return ctx.ack(r -> r.options(options));
            } catch (Exception e) {
                log.warn("Options for {} refused: {}", actionId, e.getMessage());
                return ctx.ack(r -> r.options(java.util.List.of()));
            }
        });
    }

    public <E extends Event> void onEvent(Class<E> type, EventHandler<E> handler) {
        app.event(type, (req, ctx) -> {
            try {
                handler.handle(req.getEvent(), reader.forWorkspace(ctx.getEnterpriseId(), ctx.getTeamId()));
            } catch (Exception e) {
                log.error("Handling a {} event failed", type.getSimpleName(), e);
            }
            return ctx.ack();
        });
    }

    private Response click(BlockActionRequest req, ActionContext ctx, ClickHandler handler) {
        BlockActionPayload payload = req.getPayload();
        Interaction who;
        try {
            who = reader.click(payload);
        } catch (Refusal e) {
            log.warn("Refused a click on {}: {}", actionIdOf(payload), e.getMessage());
            if (payload.getResponseUrl() != null) {
                background.execute(() -> respondQuietly(ctx, ":warning: " + e.getMessage()));
            }
            return ctx.ack();
        }
        boolean hasResponseUrl = payload.getResponseUrl() != null && !payload.getResponseUrl().isBlank();
        Answer answer = new Answer(ctx, who, hasResponseUrl, slack, modals, background);
        var action = payload.getActions() == null || payload.getActions().isEmpty() ? null : payload.getActions().get(0);
        if (action == null) {
            answer.warn(InteractionReader.MALFORMED);
            return ctx.ack();
        }
        Optional<String> selected = Optional.ofNullable(action.getSelectedOption()).map(o -> o.getValue());
        try {
            handler.handle(new Click(who, action.getActionId(), action.getValue(), selected, answer));
        } catch (Refusal | PlanException e) {
            answer.warn(e.getMessage());
        } catch (Exception e) {
            log.error("The click on {} failed", action.getActionId(), e);
            answer.warn(OUR_FAULT);
        }
        return ctx.ack();
    }

    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx, String mainBlock, FormHandler handler) {
        var payload = req.getPayload();
        try {
            if (payload.getView() == null) {
                throw new Refusal(InteractionReader.MALFORMED);
            }
            String callbackId = payload.getView().getCallbackId();
            OpenedBy.Opened opened = OpenedBy.read(metadata.open(callbackId, payload.getView().getPrivateMetadata()).orElseThrow(() -> new Refusal(
                    "This form was changed on its way, so I saved nothing. Please close it and open it again.")));
            Interaction who = reader.submission(payload, opened.openedBy());
            var state = payload.getView().getState();
            handler.handle(new Form(who, callbackId, opened.metadata(), state == null || state.getValues() == null ? Map.of() : state.getValues()));
            return ctx.ack();
        } catch (FieldError e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(e.block(), Answer.cut(e.getMessage()))));
        } catch (Refusal | PlanException e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(mainBlock, Answer.cut(e.getMessage()))));
        } catch (Exception e) {
            log.error("The form {} failed", payload.getView() == null ? null : payload.getView().getCallbackId(), e);
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(mainBlock, OUR_FAULT)));
        }
    }

    private static void respondQuietly(ActionContext ctx, String text) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
        } catch (Exception e) {
            log.warn("Could not answer a refused click: {}", e.getMessage());
        }
    }

    private static String actionIdOf(BlockActionPayload payload) {
        return payload.getActions() == null || payload.getActions().isEmpty() ? "?" : payload.getActions().get(0).getActionId();
    }
}
