package org.mapbot.share;

import java.util.Locale;

/** What a share token opens: the read-only page or the calendar feed. Each has its own path and its own tokens. */
public enum ShareLinkKind {
    PAGE("/p/"), CALENDAR("/ics/");

    private final String pathPrefix;

    ShareLinkKind(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String pathPrefix() {
        return pathPrefix;
    }

    public String dbValue() {
        return this == PAGE ? "page" : name().toLowerCase(Locale.ROOT);
    }
}
