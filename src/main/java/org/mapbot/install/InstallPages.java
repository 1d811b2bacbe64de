package org.mapbot.install;

import org.mapbot.install.InstallOutcome.Installed;
import org.mapbot.install.InstallOutcome.Refused;
import org.mapbot.share.HtmlText;

/** The pages a person installing MAP Bot sees: "Add to Slack", then what happened. Everything shown is escaped. */
public final class InstallPages {

    private InstallPages() {
    }

    public static String addToSlack(String authorizeUrl) {
        return page("Add MAP Bot to Slack", "<h1>Add MAP Bot to Slack</h1>"
                + "<p>MAP Bot runs the mutual action plan of each deal in the Slack Connect channel you share with the customer.</p>"
                + "<p><a class=\"button\" href=\"" + HtmlText.escape(authorizeUrl) + "\">Add to Slack</a></p>"
                + "<p class=\"small\">Slack asks you to allow MAP Bot in your workspace, then brings you back here.</p>");
    }

    public static String outcome(InstallOutcome outcome) {
        if (outcome instanceof Installed installed) {
            String where = installed.workspaceName() == null ? "your workspace" : HtmlText.escape(installed.workspaceName());
            return page("MAP Bot is installed", "<h1>MAP Bot is installed in " + where + "</h1>"
                    + "<p>Invite <strong>@MAP Bot</strong> to the channel you share with the customer and type "
                    + "<code>/map new Acme rollout with enterprise</code>.</p>");
        }
        Refused refused = (Refused) outcome;
        String why = switch (refused.reason()) {
            case DENIED -> "You chose not to allow MAP Bot in your workspace, so nothing was installed.";
            case WRONG_STATE -> "This install link did not start in this browser, so nothing was installed (it protects "
                    + "you from installing a workspace someone else chose).";
            case EXPIRED_STATE -> "This install link is more than 10 minutes old, so nothing was installed.";
            case REPLAYED_STATE -> "This install link was used already, so nothing more was installed.";
            case SLACK_REFUSED -> "Slack did not accept the install, so nothing was installed.";
            case SLACK_UNREACHABLE -> "Slack could not be reached to finish the install, so nothing was installed.";
        };
        String detail = refused.slackError() == null ? ""
                : "<p class=\"small\">Slack said: <code>" + HtmlText.escape(refused.slackError()) + "</code></p>";
        return page("MAP Bot was not installed", "<h1>MAP Bot was not installed</h1><p>" + why + "</p>" + detail
                + "<p><a class=\"button\" href=\"install\">Start again</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlText.escape(title)
                + "</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                + "color:#1d1c1d}.button{display:inline-block;background:#4a154b;color:#fff;padding:.6rem 1.2rem;"
                + "border-radius:.3rem;text-decoration:none;font-weight:600}.small{color:#555;font-size:.9rem}</style></head>"
                + "<body><main>" + body + "</main></body></html>";
    }
}
