package org.mapbot.interaction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.plan.domain.Installation;

/**
 * The installation that opened a modal, written in front of the modal's metadata before it is signed. In a Slack
 * Connect channel with MAP Bot installed on both sides, Slack may name either organisation's installation when the
 * form comes back; the form still belongs to the plan's own installation, the one that opened it.
 */
public record OpenedBy(String teamId, String enterpriseId) {
    private static final Pattern TAG = Pattern.compile("^@(T[A-Z0-9]{2,20}):(E[A-Z0-9]{2,20})?;");

    /** The metadata as a listener reads it, and the installation that opened the form (absent for older forms). */
    public record Opened(String metadata, Optional<OpenedBy> openedBy) {
    }

    public static String tag(Installation installation, String metadata) {
        return "@" + installation.teamId() + ":" + (installation.enterpriseId() == null ? "" : installation.enterpriseId()) + ";"
                + (metadata == null ? "" : metadata);
    }

    /** {@code signedValue} has passed the signature check: the tag in front of it was written by this app. */
    public static Opened read(String signedValue) {
        Matcher tag = TAG.matcher(signedValue);
        if (!tag.find()) {
            return new Opened(signedValue, Optional.empty());
        }
        return new Opened(signedValue.substring(tag.end()), Optional.of(new OpenedBy(tag.group(1), tag.group(2))));
    }
}
