package org.mapbot.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a slash command as Slack sends it when the command has {@code should_escape: true} (see manifest.yml):
 * {@code @casey} becomes {@code <@U0CUSTOMER|casey>} and {@code #acme-northwind} becomes {@code <#C0SHARED|acme-northwind>}.
 * A name that matches nobody stays as typed, as in Slack.
 */
final class CommandText {
    private static final Pattern USER = Pattern.compile("(?<![<\\w])@([A-Za-z0-9._-]+)");
    private static final Pattern CHANNEL = Pattern.compile("(?<![<\\w&])#([a-z0-9._-]+)");

    private CommandText() {
    }

    static String escaped(String text) {
        // Slack escapes these three in what it sends; mentions it turns into <@…> itself.
        String entities = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String users = replace(USER, entities, name -> person(name).map(p -> "<@" + p.id() + "|" + p.name() + ">"));
        return replace(CHANNEL, users, name -> SandboxCast.conversations().stream()
                .filter(c -> c.kind() != Conversation.Kind.DM && c.name().equals(name))
                .findFirst().map(c -> "<#" + c.id() + "|" + c.name() + ">"));
    }

    /** By handle ({@code @casey}), first name ({@code @Casey}) or user id ({@code @U0CUSTOMER}). */
    private static Optional<Person> person(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return SandboxCast.everyone().stream().filter(p -> p.name().equals(lower) || p.id().equals(typed)
                || p.realName().split(" ")[0].toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<String, Optional<String>> lookup) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = lookup.apply(m.group(1)).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
