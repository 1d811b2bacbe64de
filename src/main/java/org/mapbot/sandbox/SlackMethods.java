package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/**
 * The part of Slack's Web API the bot uses, answered from {@link SandboxState} with Slack's response shapes and error
 * codes, so the bot cannot tell the difference for what it does.
 */
final class SlackMethods {
    private final DirectoryMethods directory;
    private final ChatMethods chat;
    private final ViewMethods views;
    private final FileMethods files;

    SlackMethods(SandboxState state, String baseUrl) {
        this.directory = new DirectoryMethods(baseUrl);
        this.chat = new ChatMethods(state, baseUrl);
        this.views = new ViewMethods(state);
        this.files = new FileMethods(state, baseUrl);
    }

    /**
     * Slack's answer to {@code method} called with the token of {@code team}'s installation;
     * {@code {"ok":false,"error":"unknown_method"}} for methods the sandbox lacks.
     */
    JsonObject call(String method, ApiParams p, Organisation team) {
        return switch (method) {
            case "auth.test" -> directory.authTest(team);
            case "chat.postMessage" -> chat.postMessage(p);
            case "chat.update" -> chat.update(p);
            case "chat.delete" -> chat.delete(p);
            case "chat.postEphemeral" -> chat.postEphemeral(p);
            case "chat.getPermalink" -> chat.permalink(p);
            case "conversations.info" -> directory.conversationInfo(p);
            case "conversations.open" -> directory.openDm(p);
            case "team.info" -> directory.teamInfo(p);
            case "users.info" -> directory.userInfo(p, team);
            case "views.open" -> views.openView(p, false);
            case "views.push" -> views.openView(p, true);
            case "views.update" -> views.updateView(p);
            case "views.publish" -> views.publishView(p);
            case "files.getUploadURLExternal" -> files.uploadUrl(p);
            case "files.completeUploadExternal" -> files.completeUpload(p);
            default -> SlackAnswer.error("unknown_method");
        };
    }
}
