package org.mapbot.sandbox;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views the bot opened: each person's stack of modals (top first, as {@code views.push} builds it) and Home tab.
 * Every method is atomic.
 */
public final class ModalsAndHomes {
    private final Map<String, OpenView> homes = new HashMap<>();
    private final Map<String, Deque<OpenView>> modals = new HashMap<>();
    private long sequence;
    private long version;

    synchronized void clear() {
        homes.clear();
        modals.clear();
        version++;
    }

    /** Grows on every change. */
    synchronized long version() {
        return version;
    }

    public synchronized OpenView openModal(String personId, JsonObject view) {
        modals.computeIfAbsent(personId, p -> new ArrayDeque<>()).clear();
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

    private String nextHash() {
        return (++sequence) + ".sandbox";
    }
}
