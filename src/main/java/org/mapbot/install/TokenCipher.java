package org.mapbot.install;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens for the database with AES-256-GCM (the JDK's own): a random 12-byte nonce per value, stored in front
 * of the ciphertext and its 16-byte tag. The value is bound to where it is stored (which installation, which column)
 * as associated data, so a ciphertext copied to another row does not decrypt.
 */
public final class TokenCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeys keys;
    private final SecureRandom random;

    public TokenCipher(EncryptionKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** A value encrypted by the key {@code keyId}. */
    public record Sealed(byte[] bytes, String keyId) {
    }

    public String currentKeyId() {
        return keys.currentId();
    }

    public Sealed seal(String plain, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, boundTo);
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + encrypted.length);
            System.arraycopy(encrypted, 0, out, NONCE_BYTES, encrypted.length);
            return new Sealed(out, keys.currentId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    /** The token, or an exception naming what is wrong (an unknown key, a changed or misplaced value), never the value. */
    public String open(byte[] sealed, String keyId, String boundTo) {
        byte[] key = keys.byId(keyId).orElseThrow(() -> new IllegalStateException("a token in the database was encrypted "
                + "with key " + keyId + ", which is neither MAP_ENCRYPTION_KEY (" + keys.currentId() + ") nor MAP_ENCRYPTION_KEY_PREVIOUS"));
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("a token in the database is too short to be encrypted");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), boundTo);
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a token in the database does not decrypt with key " + keyId
                    + " for " + boundTo + ": it was changed or copied from another row");
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
