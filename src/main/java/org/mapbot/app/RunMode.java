package org.mapbot.app;

import java.time.Clock;
import java.util.List;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.install.InstallationRepository;

/**
 * How this run meets Slack: the real Web API, or the sandbox (its stand-in of Slack on the app's own port, its own
 * clock control and page). The composition root asks the mode for its configuration, clock and extra routes.
 */
public interface RunMode {
    Config config();

    Clock clock();

    /** Where the app's Slack client sends Web API calls. */
    String slackApiUrl();

    /** The mode's own routes; {@code sweepReminders} sends what became due (the sandbox calls it when its clock moves). */
    List<RouteContributor> routes(SlackSignature signature, Runnable sweepReminders);

    /** Installations this mode starts with, in multi-workspace mode (the sandbox's seller workspace); none by default. */
    default void installAtStart(InstallationRepository installations) {
    }

    /** What the start-up log adds once the server answers (empty: nothing). */
    String welcome(int port);
}
