package org.mapbot.interaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds a modal's {@code private_metadata} to what it names. Slack hands the metadata back unchanged on submission, but
 * the submission is the client's: a changed value (another step id, another channel) must be detected, not trusted.
 * The value is signed with a key derived from the app's signing secret, together with the form's callback id, so
 * metadata from one form is not accepted by another.
 */
public final class SignedMetadata {
    private static final String SEPARATOR = "~";
    private static final int SIGNATURE_CHARS = 22; // 132 bits of HMAC-SHA256, base64url

    private final SecretKeySpec key;

    public SignedMetadata(String signingSecret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "mapbot private_metadata v1"), "HmacSHA256");
    }

    public String sign(String callbackId, String metadata) {
        String value = metadata == null ? "" : metadata;
        return value + SEPARATOR + signature(callbackId, value);
    }

    /** The metadata as the app wrote it, or empty when it was changed (or signed for another form). */
    public Optional<String> open(String callbackId, String signed) {
        if (signed == null) {
            return Optional.empty();
        }
        int at = signed.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, at);
        byte[] expected = signature(callbackId, value).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signed.substring(at + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
    }

    private String signature(String callbackId, String value) {
        byte[] mac = hmac(key, (callbackId == null ? "" : callbackId) + "\n" + value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, SIGNATURE_CHARS);
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
