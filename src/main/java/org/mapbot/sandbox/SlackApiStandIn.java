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
    private final OAuthStandIn oauth;

    SlackApiStandIn(SandboxState state, String baseUrl, OAuthStandIn oauth) {
        this.state = state;
        this.methods = new SlackMethods(state, baseUrl);
        this.oauth = oauth;
    }

    /**
     * As Slack: no token is {@code not_authed}, one that no installation holds (never issued, or revoked by an
     * uninstall) is {@code invalid_auth}, and a workspace's token reaches only its own channels and people, so a call
     * made with the wrong workspace's token fails as it would in Slack.
     */
    void api(Context ctx) {
        String method = ctx.pathParam("method");
        ApiParams params = ApiParams.parse(ctx.contentType(), ctx.bodyAsBytes());
        Optional<String> token = token(ctx, params);
        Optional<Organisation> team = token.flatMap(state.tokens()::teamOf);
        Optional<Refusal> refusal = team.isPresent() ? SlackLimits.webApiCall(method, params.json()) : Optional.empty();
        JsonObject answer;
        if (refusal.isPresent()) {
            answer = refusal.get().json();
            state.record().recordRefusal(method, params.summary(), refusal.get());
        } else {
            if ("oauth.v2.access".equals(method)) {
                answer = oauth.access(ctx, params); // the client's credentials, not a token
            } else if (token.isEmpty()) {
                answer = SlackAnswer.error("not_authed");
            } else if (team.isEmpty()) {
                answer = SlackAnswer.error("invalid_auth");
            } else {
                answer = OtherWorkspace.error(params, team.get()).map(SlackAnswer::error).orElseGet(() -> methods.call(method, params, team.get()));
            }
            boolean ok = answer.get("ok").getAsBoolean();
            state.record().recordApiCall(method, "oauth.v2.access".equals(method) ? "code exchange" : params.summary(), ok,
                    ok ? null : answer.get("error").getAsString());
        }
        // Slack answers API errors with HTTP 200 and ok:false.
        ctx.status(200).contentType("application/json; charset=utf-8").result(answer.toString());
    }

    private static Optional<String> token(Context ctx, ApiParams params) {
        String header = ctx.header("Authorization");
        if (header != null && header.startsWith("Bearer ") && header.length() > 7) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.ofNullable(params.has("token") ? params.string("token") : null);
    }

    /**
     * The bot sends the file's bytes here, raw or as a multipart form, before completing the upload; only to a file id
     * handed out by {@code files.getUploadURLExternal} and not completed yet.
     */
    void upload(Context ctx) throws IOException {
        String id = ctx.pathParam("fileId");
        byte[] content;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        List<UploadedFile> parts = type.startsWith("multipart/") ? ctx.uploadedFiles() : List.of();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).content()) {
                content = in.readAllBytes();
            }
        } else {
            content = ctx.bodyAsBytes();
        }
        boolean stored = state.files().upload(id, content);
        state.record().recordApiCall("(file upload)", id + " " + content.length + " bytes", stored, stored ? null : "file_not_found");
        ctx.status(stored ? 200 : 404).result(stored ? "OK - " + content.length : "file_not_found");
    }

    /** A completed file, always as a download of a type that cannot run on the sandbox's origin. */
    void download(Context ctx) {
        StoredFile file = state.files().completed(ctx.pathParam("fileId")).orElse(null);
        if (file == null) {
            ctx.status(404).result("no such file");
            return;
        }
        ctx.header("Content-Disposition", DownloadType.attachment(file.filename()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(DownloadType.of(file.filename())).result(file.content());
    }
}
