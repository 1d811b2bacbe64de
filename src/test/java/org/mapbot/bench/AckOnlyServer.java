package org.mapbot.bench;

import com.slack.api.bolt.App;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import org.mapbot.http.BoltHandler;
import org.mapbot.http.HttpServer;
import org.mapbot.http.SlackSignature;
import org.mapbot.interaction.BoltAppFactory;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.slack.SlackClients;

/** The floor of our stack: MAP Bot's web server and Bolt adapter around a Bolt app whose {@code /map} only acknowledges. */
final class AckOnlyServer implements AutoCloseable {
    private final Javalin http;

    AckOnlyServer(String slackApiUrl, String botToken, String signingSecret) {
        App bolt = BoltAppFactory.create(new SlackClients(slackApiUrl, botToken), botToken, signingSecret);
        bolt.command(CommandRouter.COMMAND, (request, ctx) -> ctx.ack());
        http = HttpServer.create(new BoltHandler(bolt, new SlackSignature(signingSecret, Clock.systemUTC())), () -> true, List.of());
        http.start(0);
    }

    int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
    }
}
