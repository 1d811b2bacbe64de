package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.sandbox.limits.Refusal;

/**
 * Everything the sandbox's Slack knows, in memory: messages per channel, ephemerals, modal stacks, Home tabs, and the
 * record of API calls and app requests. One instance per running sandbox; every method is atomic.
 */
public final class SandboxState {
    private static final int MAX_LOG = 500;

    private final Clock clock;
    private final Map<String, List<Message>> messages = new LinkedHashMap<>();
    private final List<EphemeralMessage> ephemerals = new ArrayList<>();
    private final Map<String, OpenView> homes = new HashMap<>();
    private final Map<String, Deque<OpenView>> modals = new HashMap<>();
    private final Map<String, String> triggers = new HashMap<>();
    private final Map<String, ResponseTarget> responseUrls = new HashMap<>();
    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private final List<ApiCall> apiCalls = new ArrayList<>();
    private final List<AppRequest> appRequests = new ArrayList<>();
    private long sequence;
    private long version;

    public SandboxState(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public synchronized void reset() {
        messages.clear();
        ephemerals.clear();
        homes.clear();
        modals.clear();
        triggers.clear();
        responseUrls.clear();
        files.clear();
        apiCalls.clear();
        appRequests.clear();
        version++;
    }

    /** Grows on every change, so the page only redraws when something happened. */
    public synchronized long version() {
        return version;
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

    // ---- modals and Home ----

    public synchronized OpenView openModal(String personId, JsonObject view) {
        Deque<OpenView> stack = modals.computeIfAbsent(personId, p -> new ArrayDeque<>());
        stack.clear();
        return pushModal(personId, view);
    }

    public synchronized OpenView pushModal(String personId, JsonObject view) {
        OpenView open = new OpenView("V" + (++sequence), personId, view, nextHash());
        modals.computeIfAbsent(personId, p -> new ArrayDeque<>()).push(open);
        version++;
        return open;
    }

    /** Replaces a modal or Home view wherever it is open, keeping its id. */
    public synchronized Optional<OpenView> updateView(String viewId, JsonObject view) {
        for (Deque<OpenView> stack : modals.values()) {
            List<OpenView> list = new ArrayList<>(stack);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(viewId)) {
                    OpenView updated = new OpenView(viewId, list.get(i).personId(), view, nextHash());
                    list.set(i, updated);
                    stack.clear();
                    stack.addAll(list);
                    version++;
                    return Optional.of(updated);
                }
            }
        }
        for (Map.Entry<String, OpenView> home : homes.entrySet()) {
            if (home.getValue().id().equals(viewId)) {
                return Optional.of(publishHome(home.getKey(), view));
            }
        }
        return Optional.empty();
    }

    public synchronized Optional<OpenView> view(String viewId) {
        return modals.values().stream().flatMap(Deque::stream).filter(v -> v.id().equals(viewId)).findFirst()
                .or(() -> homes.values().stream().filter(v -> v.id().equals(viewId)).findFirst());
    }

    public synchronized void closeModal(String personId, String viewId) {
        Deque<OpenView> stack = modals.getOrDefault(personId, new ArrayDeque<>());
        if (!stack.isEmpty() && stack.peek().id().equals(viewId)) {
            stack.pop();
            version++;
        }
    }

    public synchronized void clearModals(String personId) {
        modals.remove(personId);
        version++;
    }

    /** Top of the stack first. */
    public synchronized List<OpenView> modals(String personId) {
        return List.copyOf(modals.getOrDefault(personId, new ArrayDeque<>()));
    }

    public synchronized OpenView publishHome(String personId, JsonObject view) {
        OpenView previous = homes.get(personId);
        OpenView home = new OpenView(previous == null ? "V" + (++sequence) : previous.id(), personId, view, nextHash());
        homes.put(personId, home);
        version++;
        return home;
    }

    public synchronized Optional<OpenView> home(String personId) {
        return Optional.ofNullable(homes.get(personId));
    }

    // ---- files ----

    public synchronized StoredFile reserveFile(String filename) {
        StoredFile file = new StoredFile("F" + (++sequence), filename, filename, "application/octet-stream", new byte[0]);
        files.put(file.id(), file);
        return file;
    }

    public synchronized boolean storeFile(String id, String contentType, byte[] content) {
        StoredFile file = files.get(id);
        if (file == null) {
            return false;
        }
        files.put(id, new StoredFile(id, file.filename(), file.title(), contentType, content));
        return true;
    }

    public synchronized Optional<StoredFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    public synchronized void titleFile(String id, String title) {
        StoredFile file = files.get(id);
        if (file != null && title != null && !title.isBlank()) {
            files.put(id, new StoredFile(id, file.filename(), title, file.contentType(), file.content()));
        }
    }

    // ---- the record ----

    public synchronized ApiCall recordApiCall(String method, String summary, boolean ok, String error) {
        return record(new ApiCall(++sequence, clock.instant(), method, summary, ok, error, null));
    }

    /** A call Slack refused for breaking its documented limits: unexpected, with Slack's detail and the limits' pages. */
    public synchronized ApiCall recordRefusal(String call, String summary, Refusal refusal) {
        return record(new ApiCall(++sequence, clock.instant(), call, summary, false, refusal.summary(), refusal.describe()));
    }

    private ApiCall record(ApiCall call) {
        append(apiCalls, call);
        notifyAll(); // wakes awaitNextApiCall
        return call;
    }

    /**
     * Blocks until the bot makes its next Slack call, or {@code maxWait} passes: for code that waits on what the bot
     * does after acknowledging (post the card, open a modal) and then looks at the state again.
     */
    public synchronized void awaitNextApiCall(java.time.Duration maxWait) throws InterruptedException {
        wait(Math.max(1, maxWait.toMillis()));
    }

    public synchronized List<ApiCall> apiCalls() {
        return List.copyOf(apiCalls);
    }

    public synchronized AppRequest recordAppRequest(String kind, String summary, int status) {
        AppRequest request = new AppRequest(++sequence, clock.instant(), kind, summary, status);
        append(appRequests, request);
        return request;
    }

    public synchronized List<AppRequest> appRequests() {
        return List.copyOf(appRequests);
    }

    private <T> void append(List<T> log, T entry) {
        log.add(entry);
        if (log.size() > MAX_LOG) {
            log.remove(0);
        }
        version++;
    }

    /** Slack's ts: seconds of the (sandbox) clock and a counter, unique and growing. */
    private String nextTs() {
        return String.format("%d.%06d", clock.instant().getEpochSecond(), (++sequence) % 1_000_000);
    }

    private String nextHash() {
        return (++sequence) + ".sandbox";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
