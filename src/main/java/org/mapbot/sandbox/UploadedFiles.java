package org.mapbot.sandbox;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's external upload flow, kept honest: {@code files.getUploadURLExternal} hands out a file id, the bytes may be
 * sent to it until {@code files.completeUploadExternal} completes it, and only then is the file there to download.
 * Ids are random, as Slack's are, so no page can guess one to upload to or read from. Every method is atomic.
 */
public final class UploadedFiles {
    private static final String ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int ID_LENGTH = 16; // about 83 random bits

    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredFile> files = new HashMap<>();

    synchronized void clear() {
        files.clear();
    }

    /** A new file id for {@code filename}, waiting for its bytes. */
    public synchronized StoredFile reserve(String filename) {
        String id;
        do {
            id = randomId();
        } while (files.containsKey(id));
        StoredFile file = new StoredFile(id, filename, filename, new byte[0], false);
        files.put(id, file);
        return file;
    }

    /** Takes the bytes of a file that was handed out and not completed yet; false for any other id. */
    public synchronized boolean upload(String id, byte[] content) {
        StoredFile file = files.get(id);
        if (file == null || file.completed()) {
            return false;
        }
        files.put(id, new StoredFile(id, file.filename(), file.title(), content, false));
        return true;
    }

    /** Completes a handed-out file, with its title when one is given; empty for an id never handed out. */
    public synchronized Optional<StoredFile> complete(String id, String title) {
        StoredFile file = files.get(id);
        if (file == null) {
            return Optional.empty();
        }
        String newTitle = title == null || title.isBlank() ? file.title() : title;
        StoredFile completed = new StoredFile(id, file.filename(), newTitle, file.content(), true);
        files.put(id, completed);
        return Optional.of(completed);
    }

    /** A completed file: the only kind that is shown and downloaded. */
    public synchronized Optional<StoredFile> completed(String id) {
        return Optional.ofNullable(id == null ? null : files.get(id)).filter(StoredFile::completed);
    }

    private String randomId() {
        StringBuilder id = new StringBuilder("F");
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
