package org.mapbot.install;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key that encrypts tokens ({@code MAP_ENCRYPTION_KEY}) and, while a key is being replaced, the one before it
 * ({@code MAP_ENCRYPTION_KEY_PREVIOUS}), which only decrypts. Each key is known by its id, the start of its SHA-256,
 * stored next to every value it encrypted, so a start-up can tell what still needs re-encrypting.
 */
public final class EncryptionKeys {
    public static final int KEY_BYTES = 32;

    private final byte[] current;
    private final Optional<byte[]> previous;

    public EncryptionKeys(byte[] current, Optional<byte[]> previous) {
        if (current.length != KEY_BYTES || previous.map(p -> p.length != KEY_BYTES).orElse(false)) {
            throw new IllegalArgumentException("AES-256 keys are " + KEY_BYTES + " bytes");
        }
        this.current = current.clone();
        this.previous = previous.map(byte[]::clone);
    }

    public String currentId() {
        return id(current);
    }

    public Optional<String> previousId() {
        return previous.map(EncryptionKeys::id);
    }

    byte[] current() {
        return current.clone();
    }

    /** The key with this id, if it is one of ours. */
    Optional<byte[]> byId(String keyId) {
        if (id(current).equals(keyId)) {
            return Optional.of(current.clone());
        }
        return previous.filter(p -> id(p).equals(keyId)).map(byte[]::clone);
    }

    static String id(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "EncryptionKeys[current=" + currentId() + previousId().map(id -> ", previous=" + id).orElse("") + "]";
    }
}
