package org.mapbot.slack;

import org.mapbot.text.TextCut;

/**
 * Makes user-typed text safe inside Slack mrkdwn: no {@code <!channel>} pings, no disguised
 * {@code <https://evil|bank>} links, no formatting broken by {@code &}, {@code <}, {@code >}.
 */
public final class SlackText {
    private SlackText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * What the person typed: Slack sends {@code &}, {@code <} and {@code >} of command text as entities (mentions stay
     * {@code <@U…>}). Views escape again when they render, so nothing typed can turn into markup.
     */
    public static String unescape(String text) {
        return text == null ? null : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Escaped and cut to {@code max} characters, for fields whose length Block Kit limits. */
    public static String escape(String text, int max) {
        String escaped = escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        String cut = TextCut.prefix(escaped, Math.max(0, max - 1));
        int brokenEntity = cut.lastIndexOf('&');
        if (brokenEntity >= 0 && cut.indexOf(';', brokenEntity) < 0) {
            cut = cut.substring(0, brokenEntity);
        }
        return cut + "…";
    }

    /** A mention Slack renders as the user's current name, in every reader's workspace. */
    public static String mention(String userId) {
        return "<@" + userId + ">";
    }

    /** A date every reader sees in their own locale; the fallback is for clients that cannot render it. */
    public static String date(java.time.LocalDate date, java.time.ZoneId zone) {
        long epoch = date.atTime(12, 0).atZone(zone).toEpochSecond();
        return "<!date^" + epoch + "^{date_short_pretty}|" + date + ">";
    }
}
