package org.mapbot.ops.drill;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.DebianPostgres;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * The two-instance drill behind {@code scripts/two-instances.sh}: Debian's PostgreSQL, two MAP Bot jars on it,
 * nginx round-robin in front of {@code /slack/events}, signed commands and clicks through nginx, one instance
 * SIGKILLed midway; then checks that every acknowledged change is in the database once, the card matches the database,
 * every due reminder was sent once, and prints a report. Loopback only; every loop is bounded.
 */
public final class TwoInstancesDrill {
    private static final String SECRET = "drill-signing-secret-7c1e0b";
    private static final int REQUESTS = 80;
    private static final int KILL_AT = 40;
    private static final int REMINDERS = 20;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/mapbot.jar").toAbsolutePath();
        Path work = Files.createTempDirectory("mapbot-drill");
        List<String> failures = new ArrayList<>();
        ZoneId zone = zoneInWorkingHours();
        try (DebianPostgres db = DebianPostgres.start("drill-password"); FakeSlack slack = new FakeSlack()) {
            db.execute("postgres", "create database mapbot");
            // Everyone is in a zone where it is now a working hour, so due reminders go out now, not tomorrow at 08:00.
            slack.stub("users.info", FakeSlack.json(200, "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER
                    + "\",\"team_id\":\"" + Slackers.SELLER_TEAM + "\",\"tz\":\"" + zone + "\",\"real_name\":\"Sam Seller\"}}"), 1);
            int[] ports = {freePort(), freePort()};
            int proxyPort = freePort();
            List<Process> apps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                apps.add(startApp(jar, work.resolve("app" + i), ports[i], db.url("mapbot", "disable"), slack.apiUrl(), proxyPort));
                awaitReady(ports[i]); // one at a time: the first migrates, the second finds it done
            }
            Nginx nginx = Nginx.start(work.resolve("nginx"), proxyPort, ports);
            try {
                SlackRequests requests = new SlackRequests("http://127.0.0.1:" + proxyPort, SECRET, Clock.systemUTC(), slack.baseUrl());
                Drive drive = new Drive(requests);
                drive.command("new Drill rollout with enterprise");
                long start = System.nanoTime();
                long killedAt = 0;
                for (int n = 1; n <= REQUESTS; n++) {
                    if (n == KILL_AT) {
                        apps.get(0).destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
                        killedAt = System.nanoTime();
                    }
                    if (n % 2 == 1) {
                        drive.command("add Drill step " + n + " by in 3 weeks");
                    } else {
                        Long step = stepId(db, "Drill step " + (n - 1));
                        drive.click(step == null ? -1 : step, "Drill step " + (n - 1));
                    }
                }
                double trafficSeconds = (System.nanoTime() - start) / 1e9;
                Duration takeover = awaitTakeover(db, killedAt);

                int due = makeRemindersDue(db);
                awaitReminders(db, Duration.ofMinutes(4));
                awaitCardCaughtUp(db, slack, Duration.ofSeconds(90));
                Report report = Report.check(db, slack, drive, due, failures);
                report.print(trafficSeconds, takeover, drive);
            } finally {
                nginx.stop();
                apps.forEach(Process::destroy);
            }
        } finally {
            new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
        }
        if (!failures.isEmpty()) {
            System.out.println("FAILED:\n  " + String.join("\n  ", failures));
            System.exit(1);
        }
        System.out.println("PASSED: no change and no reminder lost or doubled");
        System.exit(0);
    }

    private static Process startApp(Path jar, Path dir, int port, String databaseUrl, String slackUrl, int proxyPort) throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SLACK_BOT_TOKEN", "xoxb-drill-token");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slackUrl);
        env.put("DATABASE_URL", databaseUrl);
        env.put("PORT", Integer.toString(port));
        env.put("MAP_DATA_DIR", dir.toString());
        env.put("PUBLIC_URL", "http://127.0.0.1:" + proxyPort);
        env.put("MAP_LOG_FORMAT", "json");
        return builder.start();
    }

    private static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        boolean ready = poll(Duration.ofMinutes(2), Duration.ofMillis(500), () -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        if (!ready) {
            throw new IllegalStateException("MAP Bot on port " + port + " did not become ready");
        }
    }

    /** The survivor has taken over when Quartz's cluster table no longer lists the killed instance. */
    private static Duration awaitTakeover(DebianPostgres db, long killedAt) {
        return poll(Duration.ofMinutes(1), Duration.ofMillis(100), () -> count(db, "select count(*) from qrtz_scheduler_state") == 1)
                ? Duration.ofNanos(System.nanoTime() - killedAt) : null;
    }

    /**
     * Waits, at real time, for another process to get somewhere (the drill's instances run on the wall clock, so no
     * Clock can be moved for them): true when {@code done} held within {@code atMost}; failures to ask count as not yet.
     */
    private static boolean poll(Duration atMost, Duration every, java.util.concurrent.Callable<Boolean> done) {
        try {
            org.awaitility.Awaitility.await().atMost(atMost).pollInterval(every).ignoreExceptions().until(done);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /** Pending reminders of the drill's plan come due over the next two minutes, spanning several sweeps. */
    private static int makeRemindersDue(DebianPostgres db) throws SQLException {
        try (Connection c = db.connect("mapbot"); Statement s = c.createStatement()) {
            s.executeUpdate("update reminder set next_attempt_at = now() + (random() * interval '120 seconds') where id in "
                    + "(select id from reminder where state = 'pending' order by id limit " + REMINDERS + ")");
            s.executeUpdate("update reminder set next_attempt_at = now() + interval '30 days' where state = 'pending' and "
                    + "next_attempt_at > now() + interval '121 seconds'");
            return count(db, "select count(*) from reminder where state = 'pending' and next_attempt_at <= now() + interval '121 seconds'");
        }
    }

    private static void awaitReminders(DebianPostgres db, Duration atMost) {
        poll(atMost, Duration.ofSeconds(1), () -> count(db, "select count(*) from reminder where state in ('pending', 'sending') "
                + "and next_attempt_at <= now() + interval '121 seconds'") == 0);
    }

    private static void awaitCardCaughtUp(DebianPostgres db, FakeSlack slack, Duration atMost) {
        poll(atMost, Duration.ofSeconds(1), () -> count(db, "select count(*) from plan where published_version < version") == 0);
    }

    static Long stepId(DebianPostgres db, String title) throws SQLException {
        try (Connection c = db.connect("mapbot"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from step where title = '" + title.replace("'", "''") + "'")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    static int count(DebianPostgres db, String sql) throws SQLException {
        try (Connection c = db.connect("mapbot"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A zone where it is now between 09:00 and 16:00 on a weekday (one always exists somewhere). */
    private static ZoneId zoneInWorkingHours() {
        for (int offset = -11; offset <= 13; offset++) {
            ZoneId zone = ZoneId.of(offset == 0 ? "UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            ZonedDateTime now = ZonedDateTime.now(zone);
            if (now.getHour() >= 9 && now.getHour() < 16 && now.getDayOfWeek().getValue() <= 5) {
                return zone;
            }
        }
        return ZoneId.of("UTC");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The signed traffic, with what each request got back. */
    static final class Drive {
        final SlackRequests requests;
        final List<String> acknowledgedAdds = new ArrayList<>();
        final List<String> acknowledgedDones = new ArrayList<>();
        int sent;
        int serverErrors;
        int otherErrors;
        long firstErrorNanos;
        long lastErrorNanos;

        Drive(SlackRequests requests) {
            this.requests = requests;
        }

        void command(String text) {
            if (answer(() -> requests.command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, text))
                    && text.startsWith("add ")) {
                acknowledgedAdds.add(text.substring(4, text.indexOf(" by ")));
            }
        }

        void click(long stepId, String title) {
            if (stepId > 0 && answer(() -> requests.blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                    Slackers.SHARED_CHANNEL, "1700000000.000100", CardIds.DONE, Long.toString(stepId)))) {
                acknowledgedDones.add(title);
            }
        }

        private boolean answer(java.util.function.Supplier<HttpResponse<String>> request) {
            sent++;
            try {
                HttpResponse<String> response = request.get();
                if (response.statusCode() == 200) {
                    return true;
                }
                if (response.statusCode() >= 500) {
                    serverErrors++;
                } else {
                    otherErrors++;
                }
            } catch (RuntimeException e) {
                otherErrors++;
            }
            long now = System.nanoTime();
            firstErrorNanos = firstErrorNanos == 0 ? now : firstErrorNanos;
            lastErrorNanos = now;
            return false;
        }
    }
}
