package org.mapbot.sandbox;

import com.google.gson.JsonArray;

/** A message only {@code personId} sees in {@code channel}: command answers, {@code chat.postEphemeral}, Slackbot notes. */
public record EphemeralMessage(String id, String personId, String channel, String ts, String fromUserId, String text,
                               JsonArray blocks) {

    EphemeralMessage replaced(String newText, JsonArray newBlocks) {
        return new EphemeralMessage(id, personId, channel, ts, fromUserId, newText, newBlocks);
    }
}
