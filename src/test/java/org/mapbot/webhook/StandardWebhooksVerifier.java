package org.mapbot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check, written from the Standard Webhooks reference verification rather than from our signer: the
 * timestamp within 5 minutes of now either way, then any {@code v1,} signature of the space-separated list equal (in
 * constant time) to HMAC-SHA256 of {@code id.timestamp.body} keyed by the base64 part of the secret.
 */
final class StandardWebhooksVerifier {
    static final long TOLERANCE_SECONDS = 5 * 60;

    private StandardWebhooksVerifier() {
    }

    static boolean verify(String secret, String id, String timestamp, String signatures, String body, long nowSeconds) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (nowSeconds - sent > TOLERANCE_SECONDS || sent - nowSeconds > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            String key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String versioned : signatures.split(" ")) {
                String[] parts = versioned.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")) {
                    byte[] given;
                    try {
                        given = Base64.getDecoder().decode(parts[1]);
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    if (MessageDigest.isEqual(expected, given)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
