package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/** A modal or Home tab the bot opened or published for one person; the hash changes with every update. */
public record OpenView(String id, String personId, JsonObject view, String hash) {
}
