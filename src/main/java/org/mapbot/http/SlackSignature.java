package org.mapbot.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked over the exact bytes received.
 *
 * <p>Bolt's own check turns the body back into bytes with the JVM's default charset, which rejects
 * correctly signed UTF-8 bodies when the process runs without a locale; so we check here and turn Bolt's off.
 */
public final class SlackSignature {
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] signingSecret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    public boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !isFresh(timestamp)) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean isFresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.trim());
            long now = clock.instant().getEpochSecond();
            return Math.abs(now - seconds) <= MAX_AGE.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
