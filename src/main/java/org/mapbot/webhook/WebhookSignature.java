package org.mapbot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): {@code v1,} + base64 of HMAC-SHA256 over
 * {@code "{id}.{timestamp}.{body}"}, keyed by the base64-decoded part of the secret after {@code whsec_}. Written out
 * rather than taken from a library because it is ten lines of the JDK's own HMAC, and no Standard Webhooks artifact is
 * served to this build; the published test vector pins it down.
 */
public final class WebhookSignature {
    public static final String SECRET_PREFIX = "whsec_";
    static final int SECRET_BYTES = 32;

    private WebhookSignature() {
    }

    /** A new secret in the Standard Webhooks form, {@code whsec_<base64 of 32 random bytes>}. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String id, long timestamp, String body) {
        String key = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
