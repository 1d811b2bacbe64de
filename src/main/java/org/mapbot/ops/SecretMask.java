package org.mapbot.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mapbot.app.DatabaseUrl;

/**
 * The last guard of the logs: whatever a library or an exception message prints, the app's secrets (the values of
 * its secret settings) and anything shaped as a Slack token never reach a log line. The code logs none of them in
 * the first place; this catches what it does not control. HubSpot private-app tokens ({@code pat-na1-…}) live only in
 * the database, sealed, so their shape is masked too.
 */
public final class SecretMask {
    private static final Pattern SLACK_TOKEN = Pattern.compile("\\b(xox[abeoprs]|xapp)-[0-9A-Za-z-]{6,}");
    private static final Pattern HUBSPOT_TOKEN = Pattern.compile("\\bpat-([a-z]{2,4}[0-9]{1,2})-[0-9a-f]{8}-[0-9a-f-]{4,}");
    private static final String MASK = "****";
    /** Shorter values are not masked: they would blank ordinary words out of every line. */
    private static final int SHORTEST_SECRET = 8;

    private final List<String> secrets;

    SecretMask(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= SHORTEST_SECRET).distinct().toList();
    }

    /** The secrets named by the environment the app reads its settings from. */
    static SecretMask fromEnv(Map<String, String> env) {
        List<String> secrets = new ArrayList<>();
        for (String name : List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "MAP_METRICS_TOKEN")) {
            secrets.add(env.get(name));
        }
        Optional.ofNullable(env.get("DATABASE_URL")).ifPresent(url -> {
            try {
                secrets.add(DatabaseUrl.parse(url.trim()).password());
            } catch (RuntimeException e) {
                // A malformed URL stops the app at start-up with its own (redacted) message.
            }
        });
        return new SecretMask(secrets);
    }

    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        masked = SLACK_TOKEN.matcher(masked).replaceAll("$1-" + MASK);
        return HUBSPOT_TOKEN.matcher(masked).replaceAll("pat-$1-" + MASK);
    }
}
