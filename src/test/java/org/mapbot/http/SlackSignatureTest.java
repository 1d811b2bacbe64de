package org.mapbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {
    // Slack's documented example (api.slack.com, "Verifying requests from Slack").
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignature at(long epochSecond) {
        return new SlackSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void slacks_documented_example_verifies() {
        SlackSignature signature = at(1531420618L + 10);
        assertThat(signature.sign(TIMESTAMP, BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNATURE);
        assertThat(signature.isValid(TIMESTAMP, SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void a_changed_body_or_signature_is_rejected() {
        SlackSignature signature = at(1531420618L);
        assertThat(signature.isValid(TIMESTAMP, SIGNATURE, (BODY + "x").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(signature.isValid(TIMESTAMP, SIGNATURE.replace('a', 'b'), BODY.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(signature.isValid(TIMESTAMP, null, BODY.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(signature.isValid(null, SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(signature.isValid("not-a-number", SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void a_request_older_or_newer_than_five_minutes_is_rejected() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(at(1531420618L + 300).isValid(TIMESTAMP, SIGNATURE, body)).isTrue();
        assertThat(at(1531420618L + 301).isValid(TIMESTAMP, SIGNATURE, body)).isFalse();
        assertThat(at(1531420618L - 301).isValid(TIMESTAMP, SIGNATURE, body)).isFalse();
    }

    @Test
    void non_ascii_bodies_are_signed_over_their_utf8_bytes() {
        SlackSignature signature = at(1531420618L);
        byte[] body = "text=%2Fmap+help&raw=Ünïcødé ✓".getBytes(StandardCharsets.UTF_8);
        String signed = signature.sign(TIMESTAMP, body);
        assertThat(signature.isValid(TIMESTAMP, signed, body)).isTrue();
        assertThat(signature.isValid(TIMESTAMP, signed, "text=%2Fmap+help&raw=Unicode ?".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
