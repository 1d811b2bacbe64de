package org.mapbot.api;

import java.time.Instant;

/** A live API token as the app knows it: never the token itself, only whose it is and how it was used. */
public record ApiToken(long id, String teamId, String enterpriseId, String name, String createdBy, Instant createdAt,
                       Instant lastUsedAt) {
}
