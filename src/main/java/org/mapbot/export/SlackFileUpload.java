package org.mapbot.export;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Slack's external upload flow: ask for an upload URL, POST the bytes there, then complete the upload into a channel
 * (or a DM). The older {@code files.upload} is retired.
 */
public final class SlackFileUpload {
    private final Supplier<MethodsClient> slack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SlackFileUpload(Supplier<MethodsClient> slack) {
        this.slack = slack;
    }

    /** Uploads {@code bytes} and shares them in {@code channelId}; throws with Slack's error when a step fails. */
    public void upload(byte[] bytes, String filename, String title, String channelId, String comment) throws Exception {
        MethodsClient client = slack.get();
        var target = client.filesGetUploadURLExternal(r -> r.filename(filename).length(bytes.length));
        if (!target.isOk()) {
            throw new IOException("files.getUploadURLExternal: " + target.getError());
        }
        HttpResponse<Void> posted = http.send(HttpRequest.newBuilder(URI.create(target.getUploadUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding());
        if (posted.statusCode() / 100 != 2) {
            throw new IOException("Upload of " + filename + " answered HTTP " + posted.statusCode());
        }
        var completed = client.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(target.getFileId()).title(title).build()))
                .channelId(channelId)
                .initialComment(comment));
        if (!completed.isOk()) {
            throw new IOException("files.completeUploadExternal: " + completed.getError());
        }
    }
}
