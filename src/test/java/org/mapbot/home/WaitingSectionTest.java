package org.mapbot.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.slack.SlackJson;

class WaitingSectionTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 7);

    private static WaitingProposal waiting(long id, LocalDate newDate, Owner newOwner) {
        Proposal p = new Proposal(id, 1, 100 + id, null, newDate == null ? null : DAY, newDate, newOwner, "<b>legal</b>",
                "U0CASEY", OrgSide.CUSTOMER, Proposal.State.OPEN, Instant.EPOCH, false);
        return new WaitingProposal(p, "Step & co " + id, (int) id, false, "Acme rollout", "C0SHARED", ZoneId.of("Europe/Berlin"));
    }

    private static JsonObject home(List<WaitingProposal> waiting) {
        HomeModel model = new HomeModel("U0SAM", true, waiting, OwnedSteps.NONE, List.of(), List.of());
        return JsonParser.parseString(new SlackJson().view(HomeView.render(model))).getAsJsonObject();
    }

    @Test
    void at_most_five_proposals_show_oldest_first_with_a_count_of_the_rest() {
        JsonObject view = home(LongStream.rangeClosed(1, 8).mapToObj(i -> waiting(i, DAY.plusDays(i), null)).toList());

        assertThat(HomeTabTest.buttons(view, CardIds.ACCEPT)).containsExactly("1", "2", "3", "4", "5");
        assertThat(HomeTabTest.text(view)).contains("Waiting for your answer", "… and 3 more waiting")
                .contains("Step &amp; co 1", "&lt;b&gt;legal&lt;/b&gt;").doesNotContain("<b>legal");
    }

    @Test
    void an_owner_proposal_has_accept_and_decline_but_no_counter_date() {
        JsonObject view = home(List.of(waiting(1, null, Owner.named("Jane Doe (Legal)"))));

        assertThat(HomeTabTest.buttons(view, CardIds.DECLINE)).containsExactly("1");
        assertThat(HomeTabTest.buttons(view, CardIds.COUNTER)).isEmpty();
        assertThat(HomeTabTest.text(view)).contains("New owner proposed");
    }

    @Test
    void nothing_waiting_adds_no_section() {
        assertThat(HomeTabTest.text(home(List.of()))).doesNotContain("Waiting for your answer").contains("My steps");
    }
}
