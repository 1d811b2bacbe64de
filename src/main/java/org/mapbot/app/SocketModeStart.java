package org.mapbot.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/** Connects to Slack by Socket Mode (events over a WebSocket), for a laptop without a public URL. */
final class SocketModeStart {
    private SocketModeStart() {
    }

    static SocketModeApp start(Config config, App bolt) {
        try {
            SocketModeApp socketMode = new SocketModeApp(config.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, bolt);
            socketMode.startAsync();
            return socketMode;
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect to Slack by Socket Mode: " + e.getMessage(), e);
        }
    }
}
