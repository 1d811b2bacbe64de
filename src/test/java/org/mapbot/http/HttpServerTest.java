package org.mapbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    private Javalin server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void start(boolean databaseUp, RouteContributor feature) {
        App bolt = new App(AppConfig.builder().singleTeamBotToken("xoxb-unused").signingSecret("secret")
                .requestVerificationEnabled(false).build());
        server = HttpServer.create(new BoltHandler(bolt, new SlackSignature("secret", Clock.systemUTC())),
                () -> databaseUp, List.of(feature)).start(0);
    }

    @Test
    void an_exception_in_a_handler_gives_a_json_500_without_a_stack_trace() throws Exception {
        start(true, routes -> routes.get("/boom", ctx -> {
            throw new IllegalStateException("secret internals at org.mapbot.Something");
        }));

        HttpResponse<String> response = get("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).contains("internal_error").doesNotContain("secret internals").doesNotContain("at org.");
    }

    @Test
    void health_is_503_when_the_database_does_not_answer() throws Exception {
        start(false, routes -> { });

        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"database\":\"down\"");
    }

    @Test
    void a_bad_path_jetty_refuses_is_answered_by_the_feature_owning_it_and_elsewhere_by_jetty() throws Exception {
        FixedResponse gone = new FixedResponse(404, "text/plain; charset=utf-8", Map.of("X-Owner", "feature"),
                "no such thing".getBytes(StandardCharsets.UTF_8));
        start(true, new RouteContributor() {
            @Override
            public void addRoutes(RoutesConfig routes) {
                routes.get("/things/{id}", gone::writeTo);
            }

            @Override
            public Optional<FixedResponse> answerToRefusedPath(String rawPath) {
                return rawPath != null && rawPath.startsWith("/things/") ? Optional.of(gone) : Optional.empty();
            }
        });

        HttpResponse<String> owned = get("/things/%C3%28");
        HttpResponse<String> elsewhere = get("/health/%C3%28");

        assertThat(owned.statusCode()).isEqualTo(404);
        assertThat(owned.body()).isEqualTo("no such thing");
        assertThat(owned.headers().firstValue("X-Owner")).hasValue("feature");
        assertThat(get("/things/1").body()).isEqualTo(owned.body());
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.headers().firstValue("X-Owner")).isEmpty();
    }
}
