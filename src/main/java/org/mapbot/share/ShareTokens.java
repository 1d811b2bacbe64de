package org.mapbot.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Share tokens: 192 random bits, URL-safe base64 without padding (32 characters). Only their SHA-256 is stored,
 * so whoever reads the database cannot open a plan with what they find there.
 */
public final class ShareTokens {
    static final int TOKEN_BYTES = 24;
    public static final int TOKEN_LENGTH = 32;

    private final SecureRandom random;

    public ShareTokens(SecureRandom random) {
        this.random = random;
    }

    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of any string, well-formed token or not: callers hash before they look, every time. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
