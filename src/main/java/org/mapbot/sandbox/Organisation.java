package org.mapbot.sandbox;

/** A Slack workspace in the sandbox: the seller's, which installed the app, or the customer's. */
public record Organisation(String teamId, String name, String domain) {
}
