package org.mapbot.home;

import java.time.ZoneId;
import org.mapbot.plan.domain.Proposal;

/** An open proposal on one of the viewer's plans, with what the Home tab shows of its step and plan. */
public record WaitingProposal(Proposal proposal, String stepTitle, int stepPosition, boolean internalStep, String planTitle,
                              String channelId, ZoneId planZone) {
}
