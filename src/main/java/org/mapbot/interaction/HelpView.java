package org.mapbot.interaction;

import java.util.Collection;

/** The ephemeral help listing every {@code /map} command that exists. */
public final class HelpView {
    private HelpView() {
    }

    public static String text(String preface, Collection<Subcommand> subcommands) {
        StringBuilder text = new StringBuilder();
        if (preface != null) {
            text.append(preface).append("\n\n");
        }
        text.append("*MAP Bot* keeps this deal's mutual action plan in the channel. Commands:\n");
        for (Subcommand subcommand : subcommands) {
            text.append("• `").append(subcommand.usage()).append("` — ").append(subcommand.summary()).append('\n');
        }
        text.append("People from the customer's organisation work the plan with the buttons on the plan card.");
        return text.toString();
    }
}
