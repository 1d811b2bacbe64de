package org.mapbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.mapbot.testkit.AppProcess;

/**
 * Time from launching MAP Bot as its own process (the run command's main class and classpath) to {@code /health}
 * answering 200, with the embedded PostgreSQL. The first start creates the data directory; the second, timed as
 * "warm", finds it ready.
 */
final class StartupTime {
    record Starts(Duration cold, Duration warm) {
    }

    private StartupTime() {
    }

    static Starts measure(String slackApiUrl) throws Exception {
        Path dataDir = Files.createTempDirectory("mapbot-bench-startup");
        try {
            Duration cold = startOnce(slackApiUrl, dataDir);
            Duration warm = startOnce(slackApiUrl, dataDir);
            return new Starts(cold, warm);
        } finally {
            LoadBenchmark.deleteTree(dataDir);
        }
    }

    private static Duration startOnce(String slackApiUrl, Path dataDir) throws Exception {
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("SLACK_BOT_TOKEN", "xoxb-bench-token");
        env.put("SLACK_SIGNING_SECRET", "bench-signing-secret");
        env.put("SLACK_API_URL", slackApiUrl);
        env.put("MAP_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.start(env)) {
            long deadline = launched + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        Duration took = Duration.ofNanos(System.nanoTime() - launched);
                        app.terminate();
                        return took;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(10); // the polling interval is the measurement's resolution
            }
            throw new IllegalStateException("MAP Bot did not answer /health within 120 s:\n" + String.join("\n", app.output()));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
