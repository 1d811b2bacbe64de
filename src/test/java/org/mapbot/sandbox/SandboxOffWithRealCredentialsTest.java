package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** With real Slack credentials the sandbox does not exist: no page, no fake Slack API to talk to. */
class SandboxOffWithRealCredentialsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void the_sandbox_page_is_not_found() {
        assertThat(app.requests().get("/sandbox").statusCode()).isEqualTo(404);
        assertThat(app.requests().get("/sandbox/state?as=U0SELLER").statusCode()).isEqualTo(404);
    }

    @Test
    void the_slack_api_stand_in_is_not_found() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl() + "/sandbox/api/auth.test"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=xoxb-test", StandardCharsets.UTF_8)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
