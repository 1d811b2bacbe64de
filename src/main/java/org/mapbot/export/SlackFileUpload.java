package org.mapbot.export;

import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.IOException;
import java.util.List;
import org.mapbot.export.ExportService.ExportFile;
import com.slack.api.methods.MethodsClient;
import org.mapbot.plan.domain.Installation;
import org.mapbot.slack.SlackClients;

/**
 * Shares a file in a channel, or in a DM with a person, through the SDK's {@code filesUploadV2} (Slack's external
 * upload flow: upload URL, bytes, complete; the older {@code files.upload} is retired).
 */
public final class SlackFileUpload {
    private final SlackClients slack;

    public SlackFileUpload(SlackClients slack) {
        this.slack = slack;
    }

    /** Shares {@code file} in {@code channelId}, or when it is null in a DM with {@code userId}; throws with Slack's error. */
    public void share(Installation installation, ExportFile file, String channelId, String userId) throws Exception {
        MethodsClient bot = slack.bot(installation);
        String destination = channelId != null ? channelId : dmWith(bot, userId);
        try {
            var response = bot.filesUploadV2(r -> r.channel(destination).initialComment(file.comment())
                    .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder().fileData(file.bytes())
                            .filename(file.fileName()).title(file.title()).build())));
            if (!response.isOk()) {
                throw new IOException("files upload: " + response.getError());
            }
        } catch (SlackFilesUploadV2Exception e) {
            throw new IOException("files upload: " + failedStep(e), e);
        }
    }

    /** The SDK's exception carries each step's answer, not a message: name the step that failed and Slack's error. */
    private static String failedStep(SlackFilesUploadV2Exception e) {
        return e.getGetURLResponses().stream().filter(r -> !r.isOk()).findFirst()
                .map(r -> "files.getUploadURLExternal answered " + r.getError())
                .or(() -> java.util.Optional.ofNullable(e.getCompleteResponse()).filter(r -> !r.isOk())
                        .map(r -> "files.completeUploadExternal answered " + r.getError()))
                .orElse("the upload did not go through");
    }

    private static String dmWith(MethodsClient bot, String userId) throws Exception {
        var dm = bot.conversationsOpen(r -> r.users(List.of(userId)));
        if (!dm.isOk() || dm.getChannel() == null) {
            throw new IOException("conversations.open: " + dm.getError());
        }
        return dm.getChannel().getId();
    }
}
