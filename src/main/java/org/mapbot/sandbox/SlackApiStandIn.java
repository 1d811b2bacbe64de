package org.mapbot.sandbox;

import com.google.gson.JsonObject;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.mapbot.sandbox.limits.Refusal;
import org.mapbot.sandbox.limits.SlackLimits;

/**
 * Slack's Web API as the bot's Slack client sees it: {@code POST /sandbox/api/<method>}, plus the upload URL that
 * {@code files.getUploadURLExternal} hands out. Every call is recorded, errors included, for the page's call log. What
 * breaks Slack's documented limits is refused with Slack's error, as real Slack would, before the state changes.
 */
final class SlackApiStandIn {
    private final SandboxState state;
    private final SlackMethods methods;

    SlackApiStandIn(SandboxState state, String baseUrl) {
        this.state = state;
        this.methods = new SlackMethods(state, baseUrl);
    }

    void api(Context ctx) {
        String method = ctx.pathParam("method");
        ApiParams params = ApiParams.parse(ctx.contentType(), ctx.bodyAsBytes());
        Optional<Refusal> refusal = authorised(ctx, params) ? SlackLimits.webApiCall(method, params.json()) : Optional.empty();
        JsonObject answer;
        if (refusal.isPresent()) {
            answer = refusal.get().json();
            state.recordRefusal(method, params.summary(), refusal.get());
        } else {
            answer = authorised(ctx, params) ? methods.call(method, params) : SlackMethods.error("not_authed");
            boolean ok = answer.get("ok").getAsBoolean();
            state.recordApiCall(method, params.summary(), ok, ok ? null : answer.get("error").getAsString());
        }
        // Slack answers API errors with HTTP 200 and ok:false.
        ctx.status(200).contentType("application/json; charset=utf-8").result(answer.toString());
    }

    private static boolean authorised(Context ctx, ApiParams params) {
        String header = ctx.header("Authorization");
        return (header != null && header.startsWith("Bearer ") && header.length() > 7) || params.has("token");
    }

    /** The bot sends the file's bytes here, raw or as a multipart form, before completing the upload. */
    void upload(Context ctx) throws IOException {
        String id = ctx.pathParam("fileId");
        byte[] content;
        String type = ctx.contentType() == null ? "application/octet-stream" : ctx.contentType();
        List<UploadedFile> parts = type.startsWith("multipart/") ? ctx.uploadedFiles() : List.of();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).content()) {
                content = in.readAllBytes();
            }
            type = parts.get(0).contentType() == null ? "application/octet-stream" : parts.get(0).contentType();
        } else {
            content = ctx.bodyAsBytes();
        }
        boolean stored = state.storeFile(id, type, content);
        state.recordApiCall("(file upload)", id + " " + content.length + " bytes", stored, stored ? null : "file_not_found");
        ctx.status(stored ? 200 : 404).result(stored ? "OK - " + content.length : "file_not_found");
    }

    void download(Context ctx) {
        StoredFile file = state.file(ctx.pathParam("fileId")).orElse(null);
        if (file == null) {
            ctx.status(404).result("no such file");
            return;
        }
        ctx.header("Content-Disposition", "inline; filename=\"" + file.filename().replace("\"", "") + "\"");
        ctx.contentType(servedType(file)).result(file.content());
    }

    /**
     * Slack serves a file with the type its name says; uploads often arrive as {@code application/octet-stream}, which
     * would make the browser download a PDF instead of showing it.
     */
    static String servedType(StoredFile file) {
        String type = file.contentType();
        if (type != null && !type.isBlank() && !type.startsWith("application/octet-stream")) {
            return type;
        }
        String name = file.filename() == null ? "" : file.filename().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".ics")) {
            return "text/calendar; charset=utf-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
