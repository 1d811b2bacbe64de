package org.mapbot.db;

import java.util.Arrays;

/** Which kind of run a database serves: real Slack workspaces, or the sandbox with its stand-in Slack. */
public enum RunKind {
    SLACK("slack", "a real Slack workspace's data", "for a real Slack workspace"),
    SANDBOX("sandbox", "the sandbox's data", "the sandbox");

    /** As stored in {@code database_owner.kind}. */
    final String code;
    final String data;
    final String label;

    RunKind(String code, String data, String label) {
        this.code = code;
        this.data = data;
        this.label = label;
    }

    static RunKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown database owner '" + code + "'"));
    }
}
