package org.mapbot.slack;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** The Slack SDK's own HTTP client for a configuration, with observers (metrics) on every call it makes. */
final class ObservedHttp {
    private ObservedHttp() {
    }

    static SlackHttpClient client(SlackConfig config, Interceptor... observers) {
        OkHttpClient.Builder http = SlackHttpClient.buildOkHttpClient(config).newBuilder();
        for (Interceptor observer : observers) {
            http.addInterceptor(observer);
        }
        return new SlackHttpClient(http.build());
    }
}
