package org.mapbot.export;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;

/** Slack's file upload as the stand-in takes it (URL, bytes, completion), and the one file the app uploaded. */
public final class SlackUploads {
    static final String UPLOAD_PATH = "/upload/v1/F0EXPORT";

    private SlackUploads() {
    }

    public static void accept(RunningApp app) {
        app.slack().stub("files.getUploadURLExternal", "{\"ok\":true,\"upload_url\":\"" + app.slack().baseUrl() + UPLOAD_PATH
                + "\",\"file_id\":\"F0EXPORT\"}");
        app.slack().stub("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F0EXPORT\"}]}");
        app.slack().wireMock().stubFor(post(urlEqualTo(UPLOAD_PATH)).willReturn(aResponse().withStatus(200).withBody("OK - 1")));
    }

    public static Map<String, String> awaitCompleted(RunningApp app) {
        return Await.until("files.completeUploadExternal", () -> app.slack().calls("files.completeUploadExternal").stream().findFirst());
    }

    public static byte[] uploadedBytes(RunningApp app) {
        var posted = app.slack().wireMock().findAll(postRequestedFor(urlEqualTo(UPLOAD_PATH)));
        assertThat(posted).hasSize(1);
        return posted.get(0).getBody();
    }
}
