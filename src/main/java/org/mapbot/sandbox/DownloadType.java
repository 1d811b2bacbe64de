package org.mapbot.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * How a download is served. Files come from the bot's exports, but the upload URL is reachable by anything on this
 * machine, and a file shown inline on the sandbox's origin could script the page's API; so every file is an
 * attachment, and only the types the bot exports keep their type, by the file's name as Slack does. The rest, HTML
 * and SVG among them, is {@code application/octet-stream}.
 */
final class DownloadType {
    private static final String ANY_BYTES = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "csv", "text/csv; charset=utf-8",
            "ics", "text/calendar; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private DownloadType() {
    }

    static String of(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ANY_BYTES : BY_EXTENSION.getOrDefault(name.substring(dot + 1), ANY_BYTES);
    }

    /** {@code Content-Disposition} for a download: a plain ASCII name for old clients, the exact one in UTF-8. */
    static String attachment(String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename;
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
