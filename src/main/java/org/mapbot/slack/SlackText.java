package org.mapbot.slack;

import org.mapbot.text.TextCut;

/**
 * Makes user-typed text safe inside Slack mrkdwn: no {@code <!channel>} pings, no disguised
 * {@code <https://evil|bank>} links, no formatting broken by {@code &}, {@code <}, {@code >}.
 */
public final class SlackText {
    private SlackText() {
    }

    /**
     * User text for a mrkdwn field: entities for {@code &}, {@code <} and {@code >} (so nothing typed becomes a mention,
     * a broadcast or a link), and Slack's formatting characters swapped for look-alikes. Slack has no escape for
     * {@code * _ ~ `} (a backslash shows literally), so a title like {@code R_and_D} would end the italics or bold it
     * sits in; the look-alikes are never delimiters. Only rendering swaps them: what was typed is stored as typed.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '*' -> out.append('\u2217'); // ∗ asterisk operator
                case '_' -> out.append('\u02CD'); // ˍ modifier letter low macron
                case '~' -> out.append('\u223C'); // ∼ tilde operator
                case '`' -> out.append('\u02CB'); // ˋ modifier letter grave accent
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Only the entities, for text that sits inside a code span, where formatting characters cannot act. */
    public static String escapeEntities(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** User text as an inline code span: a typed backtick cannot close it, and entities keep it inert. */
    public static String code(String text) {
        return "`" + escapeEntities(text == null ? "" : text.replace("`", "'")) + "`";
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

    /** Plain text (plain_text fields show it as typed) cut to {@code max} characters. */
    public static String cut(String text, int max) {
        return text == null ? "" : org.mapbot.text.TextCut.shorten(text, max);
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
