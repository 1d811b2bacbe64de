package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN_AGREEMENT;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Change;
import org.mapbot.testkit.RunningSandbox;

/** "Load demo" leaves a deal with steps in every state, made only of signed requests to the real bot. */
class SandboxDemoTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @Test
    void load_demo_produces_a_card_with_done_blocked_and_overdue_steps() throws InterruptedException {
        loadDemo();

        String card = awaitCard("U0CUSTOMER", text -> text.contains("4 slips")); // the demo's last change is on the card
        assertThat(card)
                .contains(":white_check_mark: *1. Discovery*")
                .contains(":red_circle: *2. Demo*").contains("*overdue ")
                .contains(":no_entry: *3. Technical test*").contains("Blocked")
                .contains("Jordan Price (Finance)")                         // reassigned to someone without Slack
                .contains("<@U0CUSTOMER>").contains("<@U0CTO>").contains("<@U0LEGAL>")
                .contains(":white_check_mark: *7. Security questionnaire*")
                .contains("4 slips")
                .doesNotContain("Discount approval");                        // internal: never in the shared channel
        JsonArray shared = sandbox.state("U0CUSTOMER").getAsJsonObject("messages").getAsJsonArray("C0SHARED");
        assertThat(shared.toString()).contains("Finance wants the ROI model in EUR"); // the comment, in the card's thread
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("apiCalls").toString()).doesNotContain("\"unexpected\":true");
    }

    /**
     * The demo's commitment: Sam asked, Casey's review (a later Demo, a legal step for Acme) was accepted, so both
     * organisations agreed; Lee's later Contract review was declined; Sam then moved the Business case without asking.
     */
    @Test
    void load_demo_records_the_agreement_of_both_organisations_an_accepted_and_a_declined_proposal_and_a_unilateral_change() {
        loadDemo();
        sandbox.settle();
        DSLContext db = sandbox.mapBot().database().dsl();

        assertThat(db.select(PLAN_AGREEMENT.SIDE, PLAN_AGREEMENT.USER_ID, PLAN_AGREEMENT.ORG_NAME).from(PLAN_AGREEMENT)
                .orderBy(PLAN_AGREEMENT.SIDE).fetch().map(r -> r.value1() + " " + r.value2() + " " + r.value3()))
                .containsExactly("customer U0CUSTOMER Acme Corp", "seller U0SELLER Northwind Software");
        Map<String, String> proposals = new java.util.LinkedHashMap<>();
        db.select(STEP.TITLE, STEP_PROPOSAL.STATE).from(STEP_PROPOSAL).join(STEP).on(STEP.ID.eq(STEP_PROPOSAL.STEP_ID))
                .orderBy(STEP_PROPOSAL.ID).fetch().forEach(r -> proposals.put(r.value1(), r.value2()));
        assertThat(proposals).containsExactly(Map.entry("Demo", "accepted"), Map.entry("Contract review", "declined"));
        var demo = db.selectFrom(STEP).where(STEP.TITLE.eq("Demo")).fetchOne();
        assertThat(demo.getDueDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 18)).isEqualTo(demo.getAgreedDueDate());
        var legal = db.selectFrom(STEP).where(STEP.TITLE.eq("Legal review of the MSA")).fetchOne();
        assertThat(legal.getSide()).isEqualTo("customer");
        assertThat(legal.getOwnerUserId()).isEqualTo("U0LEGAL");
        assertThat(db.fetchCount(PLAN_EVENT, PLAN_EVENT.KIND.eq(Change.UNILATERAL))).isEqualTo(1);

        String card = awaitCard("U0CUSTOMER", text -> text.contains("changed without agreement"));
        assertThat(card).contains("Changed since agreement").contains("step 4 (date, without agreement)")
                .contains("2. Demo*\\n<@U0CUSTOMER> · Customer · due <!date^").contains("|2026-12-18> · :handshake: agreed")
                .doesNotContain("Discount approval");
        String history = sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map history\"}")
                .get("text").getAsString();
        assertThat(history).contains("asked the customer to agree to the plan")
                .contains("*Demo*: accepted the proposal by <@U0CUSTOMER>: 2026-12-11 → 2026-12-18")
                .contains("*Contract review*: declined the proposal 2027-01-15 → 2027-01-29")
                .contains("*Business case*: *changed the agreed date without the other side's agreement*: 2027-01-01 → 2027-01-11");
    }

    /** Plays the demo; every step did what it meant to. */
    private static void loadDemo() {
        JsonObject result = sandbox.postForJson("/sandbox/demo", "{}");
        List<String> transcript = new ArrayList<>();
        result.getAsJsonArray("transcript").forEach(line -> transcript.add(line.getAsString()));
        assertThat(transcript).hasSize(DemoScript.STEPS.size())
                .noneMatch(line -> line.contains("wanted to") || line.contains("has no") || line.contains("errors")
                        || line.contains("could not"))
                .allMatch(line -> !line.contains("→ HTTP") || line.contains("→ HTTP 200"));
    }

    /** The newest plan card's blocks as the person sees them, once the card updates that follow the acks have landed. */
    private static String awaitCard(String personId, java.util.function.Predicate<String> ready) {
        sandbox.settle();
        String card = card(sandbox.state(personId)).orElseThrow(() -> new AssertionError("No plan card in the channel"));
        assertThat(ready.test(card)).as("the card after the demo:\n%s", card).isTrue();
        return card;
    }

    private static Optional<String> card(JsonObject state) {
        JsonArray messages = state.getAsJsonObject("messages").getAsJsonArray("C0SHARED");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonObject message = messages.get(i).getAsJsonObject();
            JsonElement blocks = message.get("blocks");
            if (blocks != null && blocks.isJsonArray() && blocks.toString().contains("card-footer")) {
                return Optional.of(blocks.toString());
            }
        }
        return Optional.empty();
    }
}
