package org.mapbot.sandbox.limits;

/**
 * One documented Slack limit that a call broke.
 *
 * @param pointer where, as a JSON pointer into the call's parameters (Slack reports it the same way)
 * @param problem what is wrong, in Slack's words
 * @param limit   the limit, for people: "section text: at most 3000 characters"
 * @param doc     the page of Slack's documentation that states the limit
 */
public record Violation(String pointer, String problem, String limit, String doc) {

    /** The line Slack puts in {@code response_metadata.messages}. */
    public String slackMessage() {
        return "[ERROR] " + problem + " [json-pointer:" + pointer + "]";
    }

    public String describe() {
        return limit + " — " + problem + " at " + pointer + " (" + doc + ")";
    }
}
