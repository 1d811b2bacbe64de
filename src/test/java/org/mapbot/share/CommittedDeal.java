package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.mapbot.plan.commitment.Handshake;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * A deal both organisations agreed, then lived with: the first step done on the card and its result recorded in the
 * form the Done click offers,
 * the third step's date moved by the seller without asking (unilateral), and a new date for the second step proposed
 * by the customer and not answered yet. The plan holds an internal step (5) the customer never sees.
 */
public final class CommittedDeal {
    public static final String RESULT = "Pain confirmed: closing the books takes 9 days";
    public static final String INTERNAL = "Discount approval by our VP";
    public static final String UNILATERAL_REASON = "quote approval is late";

    private final RunningApp app;
    private final Handshake handshake;
    public final LocalDate agreedQuote;
    public final LocalDate movedQuote;
    public final LocalDate proposedPitch;

    public CommittedDeal(RunningApp app) {
        this.app = app;
        handshake = new Handshake(app);
        handshake.agreedByBoth();
        recordResultAfterDone();
        assertThat(app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_RESULT,
                Long.toString(handshake.stepId(1)), Map.of(PlanModals.RESULT, Handshake.value(SlackRequests.text(RESULT))))
                .statusCode()).isEqualTo(200);
        agreedQuote = handshake.step(3).getDueDate();
        movedQuote = agreedQuote.plusDays(2);
        app.requests().seller("due 3 " + movedQuote + " " + UNILATERAL_REASON + " without asking");
        proposedPitch = handshake.step(2).getDueDate().plusDays(7);
        handshake.customerSubmitsNewDate(2, proposedPitch, "waiting for legal");
        app.settle();
        assertThat(handshake.step(1).getResult()).isEqualTo(RESULT);
        assertThat(handshake.step(3).getDueDate()).isEqualTo(movedQuote);
        assertThat(handshake.openProposal()).isNotNull();
    }

    /** Done on the card offers the result form (the click is done without it); the offer's button opens it. */
    private void recordResultAfterDone() {
        String step = Long.toString(handshake.stepId(1));
        handshake.sellerClicksOnCard(CardIds.DONE, step);
        Await.until("the offer to add the result", () -> app.slack().responses().stream()
                .filter(r -> r.toString().contains(CardIds.ADD_RESULT)).findFirst());
        app.requests().ephemeralAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, CardIds.ADD_RESULT, step);
        Await.until("the result form", () -> app.slack().calls("views.open").stream()
                .filter(c -> c.get("view").contains(CardIds.MODAL_RESULT)).findFirst());
    }

    public Handshake handshake() {
        return handshake;
    }

    public String shareToken() {
        return ShareLinkTest.token(app.requests().seller("share").body());
    }
}
