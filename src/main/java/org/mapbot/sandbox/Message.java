package org.mapbot.sandbox;

import com.google.gson.JsonArray;

/** A message in a channel as the page shows it; edits and deletions keep the message so they stay visible. */
public record Message(String channel, String ts, String threadTs, String userId, String text, JsonArray blocks,
                      String fileId, boolean edited, boolean deleted) {

    Message withEdit(String newText, JsonArray newBlocks) {
        return new Message(channel, ts, threadTs, userId, newText, newBlocks, fileId, true, deleted);
    }

    Message asDeleted() {
        return new Message(channel, ts, threadTs, userId, text, blocks, fileId, edited, true);
    }
}
