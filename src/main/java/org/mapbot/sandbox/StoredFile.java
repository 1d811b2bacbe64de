package org.mapbot.sandbox;

/**
 * A file the bot uploaded through {@code files.getUploadURLExternal}; once completed, shown as a download link. Its
 * type follows its name when downloaded ({@link DownloadType}), whatever the upload said.
 */
public record StoredFile(String id, String filename, String title, byte[] content, boolean completed) {
}
