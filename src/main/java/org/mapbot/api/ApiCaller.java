package org.mapbot.api;

import org.mapbot.plan.domain.Actor;

/** Who an API request acts as: the token, and the admin who created it acting for the token's installation. */
record ApiCaller(ApiToken token, Actor actor) {
}
