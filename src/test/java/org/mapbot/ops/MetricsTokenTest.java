package org.mapbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

class MetricsTokenTest {
    private static final String TOKEN = "scrape-0123456789abcdef";

    @RegisterExtension
    static RunningApp app = new RunningApp().with("MAP_METRICS_TOKEN", TOKEN);

    private HttpResponse<String> metrics(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + MetricsRoutes.PATH));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metrics_need_the_configured_bearer_token() throws Exception {
        assertThat(metrics(null).statusCode()).isEqualTo(401);
        assertThat(metrics("Bearer wrong-token").statusCode()).isEqualTo(401);
        assertThat(metrics("Bearer " + TOKEN.substring(0, 10)).statusCode()).as("a prefix of the token").isEqualTo(401);
        assertThat(metrics("Basic " + TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = metrics("Bearer wrong-token");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refused.body()).doesNotContain("jvm_");

        HttpResponse<String> allowed = metrics("Bearer " + TOKEN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void probes_and_health_need_no_token() throws Exception {
        for (String path : new String[] {"/health", HealthProbes.LIVE, HealthProbes.READY}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }
}
