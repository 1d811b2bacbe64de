package org.mapbot.plan.domain;

/**
 * Where a request came from: the channel and message a button was clicked on, a form, the Home tab or a command.
 * Services check that what a click names belongs there, so a click copied from another message changes nothing.
 */
public record Origin(Surface surface, String channelId, String messageTs) {

    public enum Surface {
        /** A slash command typed in a channel. */
        COMMAND,
        /** A message the bot posted in a channel or DM: the plan card, a reminder. */
        MESSAGE,
        /** An ephemeral message only the clicker sees. */
        EPHEMERAL,
        /** A modal; its private metadata is signed, so what it names is what the bot put there. */
        MODAL,
        /** The app's Home tab. */
        HOME,
        /** A reminder message, already matched to the reminder it belongs to by the reminder service. */
        REMINDER,
        /** The REST API: no message or channel, the token's installation must own what is named. */
        API
    }

    public static Origin command(String channelId) {
        return new Origin(Surface.COMMAND, channelId, null);
    }

    public static Origin message(String channelId, String messageTs) {
        return new Origin(Surface.MESSAGE, channelId, messageTs);
    }

    public static Origin ephemeral(String channelId) {
        return new Origin(Surface.EPHEMERAL, channelId, null);
    }

    public static Origin modal() {
        return new Origin(Surface.MODAL, null, null);
    }

    public static Origin home() {
        return new Origin(Surface.HOME, null, null);
    }

    public static Origin api() {
        return new Origin(Surface.API, null, null);
    }

    public static Origin reminder(String channelId, String messageTs) {
        return new Origin(Surface.REMINDER, channelId, messageTs);
    }
}
