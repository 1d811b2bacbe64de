package org.mapbot.testkit;

import java.io.EOFException;
import java.io.IOException;

/**
 * The JDK's HTTP client reuses a kept-alive connection that the server closed a moment before: the request then dies
 * with "header parser received no bytes" before the server read it. Browsers and Slack send such a request again on a
 * new connection; the test clients do the same, once, and for nothing else.
 */
final class StaleConnection {
    private StaleConnection() {
    }

    @FunctionalInterface
    interface Send<T> {
        T send() throws IOException, InterruptedException;
    }

    static <T> T retriedOnce(Send<T> send) throws IOException, InterruptedException {
        try {
            return send.send();
        } catch (IOException e) {
            if (!closedBeforeAnswer(e)) {
                throw e;
            }
            return send.send();
        }
    }

    private static boolean closedBeforeAnswer(IOException e) {
        boolean noBytes = e.getMessage() != null && e.getMessage().contains("header parser received no bytes");
        for (Throwable cause = e; cause != null && !noBytes; cause = cause.getCause()) {
            noBytes = cause instanceof EOFException && cause.getMessage() != null
                    && cause.getMessage().contains("EOF reached while reading");
        }
        return noBytes;
    }
}
