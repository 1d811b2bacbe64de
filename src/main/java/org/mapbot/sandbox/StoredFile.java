package org.mapbot.sandbox;

/** A file the bot uploaded through {@code files.getUploadURLExternal}, shown as a download link once completed. */
public record StoredFile(String id, String filename, String title, String contentType, byte[] content) {
}
