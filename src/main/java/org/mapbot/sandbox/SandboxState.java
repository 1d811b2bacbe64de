package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.sandbox.limits.Refusal;

/**
 * Everything the sandbox's Slack knows, in memory: messages per channel, ephemerals, the triggers and response URLs
 * that let the bot answer an interaction, and the parts kept on their own (the views, the files, the record of calls).
 * One instance per running sandbox; every method of each part is atomic.
 */
public final class SandboxState {
    private final Clock clock;
    private final Map<String, List<Message>> messages = new LinkedHashMap<>();
    private final List<EphemeralMessage> ephemerals = new ArrayList<>();
    private final Map<String, String> triggers = new HashMap<>();
    private final Map<String, ResponseTarget> responseUrls = new HashMap<>();
    private final ModalsAndHomes views = new ModalsAndHomes();
    private final UploadedFiles files = new UploadedFiles();
    private final WorkspaceTokens tokens;
    private final CallRecord record;
    private long sequence;
    private long version;

    public SandboxState(Clock clock) {
        this.clock = clock;
        this.record = new CallRecord(clock);
        this.tokens = new WorkspaceTokens(clock);
    }

    public Clock clock() {
        return clock;
    }

    public ModalsAndHomes views() {
        return views;
    }

    public UploadedFiles files() {
        return files;
    }

    public CallRecord record() {
        return record;
    }

    /** Which workspaces installed MAP Bot and their tokens: Slack's app settings, which "Clear Slack" keeps. */
    WorkspaceTokens tokens() {
        return tokens;
    }

    /** The token of the seller workspace installed at start, for the app's installation store. */
    public String installAtStart(Organisation seller) {
        return tokens.installedAtStart(seller);
    }

    public void reset() {
        synchronized (this) {
            messages.clear();
            ephemerals.clear();
            triggers.clear();
            responseUrls.clear();
            version++;
        }
        views.clear();
        files.clear();
        record.clear();
    }

    /** Grows on every change, so the page only redraws when something happened: the sum of every part's changes. */
    public long version() {
        long own;
        synchronized (this) {
            own = version;
        }
        return own + views.version() + record.version() + tokens.version();
    }

    // ---- channel messages ----

    public synchronized Message post(String channel, String userId, String text, JsonArray blocks, String threadTs, String fileId) {
        Message message = new Message(channel, nextTs(), emptyToNull(threadTs), userId, text == null ? "" : text,
                blocks == null ? new JsonArray() : blocks, fileId, false, false);
        messages.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        version++;
        return message;
    }

    public synchronized Optional<Message> message(String channel, String ts) {
        return messages.getOrDefault(channel, List.of()).stream().filter(m -> m.ts().equals(ts)).findFirst();
    }

    public synchronized Optional<Message> update(String channel, String ts, String text, JsonArray blocks) {
        return replace(channel, ts, m -> m.withEdit(text == null ? m.text() : text, blocks == null ? m.blocks() : blocks));
    }

    public synchronized Optional<Message> delete(String channel, String ts) {
        return replace(channel, ts, Message::asDeleted);
    }

    private Optional<Message> replace(String channel, String ts, java.util.function.UnaryOperator<Message> change) {
        List<Message> list = messages.getOrDefault(channel, List.of());
        for (int i = 0; i < list.size(); i++) {
            Message m = list.get(i);
            if (m.ts().equals(ts) && !m.deleted()) {
                Message changed = change.apply(m);
                list.set(i, changed);
                version++;
                return Optional.of(changed);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Message> messages(String channel) {
        return List.copyOf(messages.getOrDefault(channel, List.of()));
    }

    // ---- ephemeral messages ----

    public synchronized EphemeralMessage postEphemeral(String personId, String channel, String fromUserId, String text, JsonArray blocks) {
        EphemeralMessage message = new EphemeralMessage("E" + (++sequence), personId, channel, nextTs(), fromUserId,
                text == null ? "" : text, blocks == null ? new JsonArray() : blocks);
        ephemerals.add(message);
        version++;
        return message;
    }

    public synchronized Optional<EphemeralMessage> ephemeral(String id) {
        return ephemerals.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public synchronized void replaceEphemeral(String id, String text, JsonArray blocks) {
        ephemerals.replaceAll(e -> e.id().equals(id) ? e.replaced(text == null ? e.text() : text, blocks == null ? e.blocks() : blocks) : e);
        version++;
    }

    public synchronized void deleteEphemeral(String id) {
        ephemerals.removeIf(e -> e.id().equals(id));
        version++;
    }

    public synchronized List<EphemeralMessage> ephemerals(String personId) {
        return ephemerals.stream().filter(e -> e.personId().equals(personId)).toList();
    }

    // ---- triggers and response URLs: what lets the bot answer an interaction ----

    public synchronized String newTrigger(String personId) {
        String trigger = (++sequence) + "." + clock.millis() + ".sandbox";
        triggers.put(trigger, personId);
        return trigger;
    }

    public synchronized Optional<String> personOfTrigger(String trigger) {
        return Optional.ofNullable(trigger == null ? null : triggers.get(trigger));
    }

    public synchronized String newResponseUrl(ResponseTarget target) {
        String id = "R" + (++sequence);
        responseUrls.put(id, target);
        return id;
    }

    public synchronized Optional<ResponseTarget> responseTarget(String id) {
        return Optional.ofNullable(responseUrls.get(id));
    }

    /** Slack's ts: seconds of the (sandbox) clock and a counter, unique and growing. */
    private String nextTs() {
        return String.format("%d.%06d", clock.instant().getEpochSecond(), (++sequence) % 1_000_000);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
