package org.mapbot.slack;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The Slack SDK's own HTTP client for a configuration, with observers (metrics) on every call it makes, keeping as many
 * connections open as the reminder senders use at once (OkHttp keeps 5 by default, so a burst of reminders would open
 * a new connection for most calls).
 */
final class ObservedHttp {
    /** Idle connections kept open to Slack, for the background pools' calls at once. */
    static final int IDLE_CONNECTIONS = 64;

    private ObservedHttp() {
    }

    static SlackHttpClient client(SlackConfig config, Interceptor... observers) {
        OkHttpClient.Builder http = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectionPool(new okhttp3.ConnectionPool(IDLE_CONNECTIONS, 5, java.util.concurrent.TimeUnit.MINUTES));
        for (Interceptor observer : observers) {
            http.addInterceptor(observer);
        }
        return new SlackHttpClient(http.build());
    }
}
