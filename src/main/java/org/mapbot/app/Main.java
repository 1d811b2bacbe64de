package org.mapbot.app;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.mapbot.ops.LogSetup;
import org.slf4j.LoggerFactory;

/** Starts MAP Bot from environment variables and stops it cleanly on Ctrl-C or SIGTERM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (ConfigException e) {
            cannotStart(e.getMessage());
            System.exit(2);
            return;
        }
        MapBot mapBot;
        try {
            mapBot = MapBot.start(config, Clock.systemUTC());
        } catch (ConfigException e) {
            cannotStart(e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            cannotStart(rootMessage(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mapBot.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }

    /** One line saying why; a JSON line when the logs are JSON, so a log shipper reads it like every other. */
    private static void cannotStart(String why) {
        if (LogSetup.json(System.getenv(LogSetup.FORMAT_VARIABLE))) {
            LoggerFactory.getLogger(Main.class).error("MAP Bot cannot start: {}", why);
        } else {
            System.err.println("MAP Bot cannot start: " + why);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return e.getMessage() + (cause != e ? " (" + cause.getMessage() + ")" : "");
    }
}
