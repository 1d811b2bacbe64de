package org.mapbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

class SlackEndpointTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void map_help_answers_with_an_ephemeral_list_of_commands() {
        HttpResponse<String> response = app.requests().seller("help");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(body.get("text").getAsString()).contains("`/map help`");
    }

    @Test
    void bare_map_answers_with_the_help() {
        HttpResponse<String> response = app.requests().seller("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ephemeral").contains("/map help");
    }

    @Test
    void an_unknown_subcommand_says_so_and_shows_the_help() {
        HttpResponse<String> response = app.requests().seller("frobnicate <!channel>");

        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(body.get("text").getAsString()).contains("Unknown command `frobnicate`").contains("/map help");
    }

    @Test
    void a_signed_body_with_non_ascii_text_is_accepted() {
        HttpResponse<String> response = app.requests().seller("help Ünïcødé ✓");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/map help");
    }

    @Test
    void a_wrong_signature_is_rejected_with_401() {
        byte[] body = "command=%2Fmap&text=help".getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(app.clock().instant().getEpochSecond());

        HttpResponse<String> response = app.requests().post(body, "application/x-www-form-urlencoded", timestamp,
                "v0=0000000000000000000000000000000000000000000000000000000000000000");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("/map help");
    }

    @Test
    void a_missing_signature_is_rejected_with_401() {
        HttpResponse<String> response = app.requests().post("command=%2Fmap".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_correctly_signed_request_older_than_five_minutes_is_rejected_with_401() {
        byte[] body = "command=%2Fmap&text=help".getBytes(StandardCharsets.UTF_8);
        String old = Long.toString(app.clock().instant().getEpochSecond() - 301);
        String signature = new SlackSignature(RunningApp.SIGNING_SECRET, app.clock()).sign(old, body);

        HttpResponse<String> response = app.requests().post(body, "application/x-www-form-urlencoded", old, signature);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void url_verification_echoes_the_challenge() {
        JsonObject verification = new JsonObject();
        verification.addProperty("token", "legacy");
        verification.addProperty("challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        verification.addProperty("type", "url_verification");

        HttpResponse<String> response = app.requests().event(verification);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void an_unknown_path_is_a_404() {
        HttpResponse<String> response = app.requests().get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void health_is_200_with_the_database_up() {
        HttpResponse<String> response = app.requests().get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\":\"up\"");
    }

    @Test
    void the_help_goes_to_the_person_who_asked_without_any_web_api_call() {
        app.requests().command(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM, Slackers.INTERNAL_CHANNEL, "help");

        assertThat(app.slack().count("chat.postMessage")).isZero();
    }
}
