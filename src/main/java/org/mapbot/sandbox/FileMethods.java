package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * {@code files.getUploadURLExternal} and {@code files.completeUploadExternal}: Slack's external upload flow, whose
 * middle step (the bytes) goes to the upload URL handed out here.
 */
final class FileMethods {
    private final SandboxState state;
    private final String baseUrl;

    FileMethods(SandboxState state, String baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    JsonObject uploadUrl(ApiParams p) {
        if (!p.has("filename") || !p.has("length")) {
            return SlackAnswer.error("invalid_arguments");
        }
        StoredFile file = state.files().reserve(p.string("filename"));
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("upload_url", baseUrl + "/sandbox/upload/" + file.id());
        ok.addProperty("file_id", file.id());
        return ok;
    }

    JsonObject completeUpload(ApiParams p) {
        JsonArray files = p.array("files");
        if (files == null || files.isEmpty()) {
            return SlackAnswer.error("invalid_arguments");
        }
        String channel = p.string("channel_id");
        if (channel != null && SandboxCast.conversationOrDm(channel).isEmpty()) {
            return SlackAnswer.error("channel_not_found");
        }
        JsonArray completed = new JsonArray();
        for (JsonElement element : files) {
            JsonObject requested = element.getAsJsonObject();
            String title = requested.has("title") ? requested.get("title").getAsString() : null;
            Optional<StoredFile> file = state.files().complete(requested.get("id").getAsString(), title);
            if (file.isEmpty()) {
                return SlackAnswer.error("file_not_found");
            }
            String id = file.get().id();
            if (channel != null) {
                String conversation = SandboxCast.conversationOrDm(channel).orElseThrow().id();
                state.post(conversation, SandboxCast.BOT_USER, p.string("initial_comment"), null, p.string("thread_ts"), id);
            }
            JsonObject done = new JsonObject();
            done.addProperty("id", id);
            done.addProperty("title", file.get().title());
            done.addProperty("url_private", baseUrl + "/sandbox/files/" + id);
            completed.add(done);
        }
        JsonObject ok = SlackAnswer.ok();
        ok.add("files", completed);
        return ok;
    }
}
