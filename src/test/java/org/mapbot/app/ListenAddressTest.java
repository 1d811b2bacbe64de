package org.mapbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mapbot.testkit.CleanDatabase;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.TestDatabase;

/** Who can reach the app: the sandbox has no sign-in, so only this machine unless the operator says otherwise. */
@ExtendWith(CleanDatabase.class)
class ListenAddressTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void the_sandbox_answers_on_loopback_and_not_on_another_address_of_this_machine(TestDatabase database) throws Exception {
        InetAddress other = anotherAddressOfThisMachine();
        try (MapBot sandbox = MapBot.start(Config.fromEnv(sandbox(database)), Clock.systemUTC())) {
            assertThat(get(LOOPBACK, sandbox.port(), "/health")).isEqualTo(200);

            assertThat(accepts(other, sandbox.port())).as("connection to %s:%s", other.getHostAddress(), sandbox.port()).isFalse();
        }
    }

    @Test
    void the_sandbox_answers_on_other_addresses_when_MAP_SANDBOX_HOST_asks_for_every_interface(TestDatabase database) throws Exception {
        Map<String, String> env = sandbox(database);
        env.put("MAP_SANDBOX_HOST", "0.0.0.0");
        try (MapBot sandbox = MapBot.start(Config.fromEnv(env), Clock.systemUTC())) {
            assertThat(get(anotherAddressOfThisMachine(), sandbox.port(), "/sandbox")).isEqualTo(200);
        }
    }

    @Test
    void a_real_run_answers_on_every_interface_so_that_slack_can_reach_it(TestDatabase database) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                    "SLACK_API_URL", slack.apiUrl(), "DATABASE_URL", database.jdbcUrl(), "PORT", "0",
                    "MAP_DATA_DIR", Files.createTempDirectory("mapbot").toString()));
            try (MapBot app = MapBot.start(Config.fromEnv(env), Clock.systemUTC())) {
                assertThat(get(anotherAddressOfThisMachine(), app.port(), "/health")).isEqualTo(200);
            }
        }
    }

    private static Map<String, String> sandbox(TestDatabase database) throws IOException {
        return new HashMap<>(Map.of("MAP_SANDBOX", "true", "DATABASE_URL", database.jdbcUrl(), "PORT", "0",
                "MAP_DATA_DIR", Files.createTempDirectory("mapbot-sandbox").toString()));
    }

    /**
     * An IPv4 address of one of this machine's other interfaces; on a machine with none, 127.0.0.2, which Linux
     * routes to the loopback interface but which a server bound to 127.0.0.1 does not answer.
     */
    private static InetAddress anotherAddressOfThisMachine() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(ListenAddressTest::isUpAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst()
                .orElse(InetAddress.getByName("127.0.0.2"));
    }

    private static boolean isUpAndNotLoopback(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    private static int get(InetAddress address, int port, String path) throws Exception {
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
