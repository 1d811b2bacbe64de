package org.mapbot.app;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** Starts MAP Bot from environment variables and stops it cleanly on Ctrl-C or SIGTERM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (ConfigException e) {
            System.err.println("MAP Bot cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        MapBot mapBot;
        try {
            mapBot = MapBot.start(config, Clock.systemUTC());
        } catch (ConfigException e) {
            System.err.println("MAP Bot cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("MAP Bot cannot start: " + rootMessage(e));
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

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return e.getMessage() + (cause != e ? " (" + cause.getMessage() + ")" : "");
    }
}
