package org.mapbot.sandbox;

import java.util.Optional;

/** Someone the page can act as. Customers may have no time zone, as external Slack profiles often do not. */
public record Person(String id, String name, String realName, String title, Organisation organisation, String timeZone) {

    public String teamId() {
        return organisation.teamId();
    }

    public Optional<String> tz() {
        return Optional.ofNullable(timeZone);
    }

    /** This person's direct-message channel with the bot. */
    public String dmChannel() {
        return "D" + id.substring(1);
    }
}
