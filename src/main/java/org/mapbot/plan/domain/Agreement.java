package org.mapbot.plan.domain;

import java.time.Instant;

/** One organisation's agreement to a version of the plan's terms: who agreed, for which organisation, when. */
public record Agreement(OrgSide side, int termsVersion, String userId, String orgName, Instant at) {
}
