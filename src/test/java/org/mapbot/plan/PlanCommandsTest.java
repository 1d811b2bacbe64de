package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.slack.CardIds;

class PlanCommandsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    static String json(String encoded) {
        return org.mapbot.testkit.FakeSlack.unescaped(encoded);
    }

    private HttpResponse<String> seller(String text) {
        return app.requests().seller(text);
    }

    private void customerUserIsExternal() {
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_USER + "\",\"team_id\":\""
                + Slackers.CUSTOMER_TEAM + "\",\"real_name\":\"Cleo Customer\"}}");
    }

    @Test
    void the_enterprise_template_creates_the_six_steps_with_week_deadlines_and_posts_the_card() {
        HttpResponse<String> response = seller("new Acme rollout with enterprise");

        assertThat(response.body()).contains("ephemeral").contains("Acme rollout").contains("enterprise");
        List<String> titles = app.dsl().select(STEP.TITLE).from(STEP).orderBy(STEP.POSITION).fetch(STEP.TITLE);
        assertThat(titles).containsExactly("Discovery", "Demo", "Technical test", "Business case", "Contract review", "Signing");
        // The plan starts Monday 2026-11-30: week N ends on the Friday of that week.
        assertThat(app.dsl().select(STEP.DUE_DATE).from(STEP).orderBy(STEP.POSITION).fetch(STEP.DUE_DATE)).containsExactly(
                LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-25"),
                LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-08"), LocalDate.parse("2027-01-15"));
        assertThat(app.dsl().select(STEP.SIDE).from(STEP).fetch(STEP.SIDE)).containsOnly("customer");
        assertThat(app.dsl().select(STEP.OWNER_NAME).from(STEP).orderBy(STEP.POSITION).fetch(STEP.OWNER_NAME))
                .contains("Customer – Legal");

        Map<String, String> card = app.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertThat(card.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
        assertThat(json(card.get("blocks"))).contains("Acme rollout").contains("Discovery").contains("Signing")
                .contains("<!date^").contains("card_done").contains("0/6 done");
        assertThat(org.mapbot.testkit.Await.until("the card's ts to be kept",
                () -> java.util.Optional.ofNullable(app.dsl().select(PLAN.CARD_TS).from(PLAN).fetchOne(PLAN.CARD_TS))))
                .isEqualTo("1700000000.000100");
    }

    @Test
    void the_readme_walkthrough_works_as_written() {
        customerUserIsExternal();
        List<String> answers = java.util.stream.Stream.of(
                "new Acme rollout with enterprise",
                "target 2027-01-29",
                "assign 2 <@" + Slackers.CUSTOMER_USER + "|casey>",
                "add Security questionnaire <@" + Slackers.SELLER_COLLEAGUE + "|chris> by next friday",
                "add Discount approval by friday internal",
                "due 3 in 5 weeks waiting for test licences",
                "list").map(text -> seller(text).body()).toList();

        assertThat(answers).noneMatch(answer -> answer.contains(":warning:"));
        var steps = app.dsl().selectFrom(STEP).orderBy(STEP.POSITION).fetch();
        assertThat(steps).hasSize(8);
        assertThat(steps.get(1).getOwnerUserId()).isEqualTo(Slackers.CUSTOMER_USER);
        assertThat(steps.get(2).getDueDate()).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(steps.get(7).getTitle()).isEqualTo("Discount approval");
        assertThat(steps.get(7).getInternalOnly()).isTrue();
        assertThat(steps.get(7).getDueDate()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(answers.get(6)).contains("Security questionnaire").contains("1 slip (10 days)");
    }

    @Test
    void an_unknown_template_is_refused_and_nothing_is_saved() {
        HttpResponse<String> response = seller("new Acme rollout with nosuchthing");

        assertThat(response.body()).contains("no template called `nosuchthing`").contains("/map templates");
        assertThat(app.dsl().fetchCount(PLAN)).isZero();
    }

    @Test
    void add_reads_owner_side_and_date_from_the_text() {
        seller("new Acme rollout");
        customerUserIsExternal();

        HttpResponse<String> response = seller("add Security review <@" + Slackers.CUSTOMER_USER + "|cleo> by 2026-12-15");

        assertThat(response.body()).contains("Added step 1").contains("Security review");
        var step = app.dsl().selectFrom(STEP).fetchOne();
        assertThat(step.getTitle()).isEqualTo("Security review");
        assertThat(step.getOwnerUserId()).isEqualTo(Slackers.CUSTOMER_USER);
        assertThat(step.getSide()).isEqualTo("customer");
        assertThat(step.getDueDate()).isEqualTo(LocalDate.parse("2026-12-15"));

        seller("add Pricing approval \"Finance team\" seller by week 2");
        var second = app.dsl().selectFrom(STEP).where(STEP.POSITION.eq(2)).fetchOne();
        assertThat(second.getOwnerName()).isEqualTo("Finance team");
        assertThat(second.getSide()).isEqualTo("seller");
        assertThat(second.getDueDate()).isEqualTo(LocalDate.parse("2026-12-11"));
    }

    @Test
    void a_date_that_cannot_be_read_gets_the_accepted_forms_and_saves_nothing() {
        seller("new Acme rollout");

        HttpResponse<String> response = seller("add Security review by 32nd of Smarch");

        assertThat(response.body()).contains("ephemeral").contains("could not read the date").contains("next friday").contains("week 3");
        assertThat(app.dsl().fetchCount(STEP)).isZero();
    }

    @Test
    void oversized_input_is_refused_with_the_limit() {
        seller("new Acme rollout");

        HttpResponse<String> tooLong = seller("add " + "x".repeat(5_000));
        HttpResponse<String> longTitle = seller("add " + "y".repeat(300));

        assertThat(tooLong.body()).contains("too long").contains("at most");
        assertThat(longTitle.body()).contains("step title is too long (300 characters; at most 200)");
        assertThat(app.dsl().fetchCount(STEP)).isZero();
    }

    @Test
    void user_text_is_escaped_on_the_card_so_it_cannot_ping_or_fake_links() {
        seller("new Acme rollout");
        app.slack().awaitCalls("chat.postMessage", 1);

        seller("add Ping <!channel> and <https://evil.example|your bank> & co");

        List<Map<String, String>> updates = app.slack().awaitCalls("chat.update", 1);
        String blocks = json(updates.get(updates.size() - 1).get("blocks"));
        assertThat(blocks).doesNotContain("<!channel>").doesNotContain("<https://evil.example|your bank>")
                .contains("&lt;!channel&gt;").contains("&amp; co");
    }

    @Test
    void text_slack_sends_with_entities_is_stored_as_typed_and_escaped_again_on_the_card() {
        seller("new Acme rollout");
        app.slack().awaitCalls("chat.postMessage", 1);

        seller("add R&amp;D review &lt;!channel&gt; \"Ann &amp; Bo\"");

        var step = app.dsl().selectFrom(STEP).fetchOne();
        assertThat(step.getTitle()).isEqualTo("R&D review <!channel>");
        assertThat(step.getOwnerName()).isEqualTo("Ann & Bo");
        Map<String, String> card = app.slack().awaitCall("chat.update", c -> json(c.get("blocks")).contains("R&amp;D review"));
        assertThat(json(card.get("blocks"))).contains("R&amp;D review &lt;!channel&gt;").contains("Ann &amp; Bo")
                .doesNotContain("<!channel>");
    }

    @Test
    void done_reopen_due_and_history_work_by_step_number_and_record_the_slip() {
        seller("new Acme rollout with enterprise");

        assertThat(seller("done 1 scope agreed").body()).contains("Step 1").contains("is done");
        assertThat(seller("reopen 1").body()).contains("open again");
        assertThat(seller("due 2 2026-12-18 customer asked for a later demo").body()).contains("now due");
        HttpResponse<String> noReason = seller("due 3 2027-01-08");
        assertThat(noReason.body()).contains("reason");

        String list = seller("list").body();
        assertThat(list).contains("1 slip (7 days)").contains("Discovery").contains("projected");
        String history = seller("history 2").body();
        assertThat(history).contains("due 2026-12-11 → 2026-12-18").contains("slipped 7 days").contains("customer asked for a later demo");
        assertThat(app.dsl().select(STEP.DUE_DATE).from(STEP).where(STEP.POSITION.eq(3)).fetchOne(STEP.DUE_DATE))
                .as("a date change without a reason is not saved").isEqualTo(LocalDate.parse("2026-12-25"));
    }

    @Test
    void commands_without_a_plan_say_how_to_start_one() {
        assertThat(seller("list").body()).contains("no plan in this channel").contains("/map new");
        assertThat(seller("done 1").body()).contains("no plan in this channel");
    }

    @Test
    void a_missing_or_wrong_step_number_shows_an_example() {
        seller("new Acme rollout with quick");

        assertThat(seller("done").body()).contains("Which step?").contains("/map done 3");
        assertThat(seller("done 99").body()).contains("no step 99");
        assertThat(seller("assign 1").body()).contains("Who?");
    }

    @Test
    void several_plans_live_in_one_channel_and_commands_act_on_the_current_one() {
        seller("new First deal");
        seller("new Second deal");

        assertThat(seller("plans").body()).contains("1. First deal").contains("2. Second deal").contains("current");
        seller("switch 1");
        seller("add Kick-off");

        Long firstPlan = app.dsl().select(PLAN.ID).from(PLAN).where(PLAN.TITLE.eq("First deal")).fetchOne(PLAN.ID);
        assertThat(app.dsl().select(STEP.PLAN_ID).from(STEP).fetchOne(STEP.PLAN_ID)).isEqualTo(firstPlan);
        assertThat(seller("switch 9").body()).contains("no plan 9");
    }

    @Test
    void target_close_and_archive_change_the_plan() {
        seller("new Acme rollout");

        assertThat(seller("target 2027-02-26").body()).contains("Target date set");
        assertThat(seller("close maybe").body()).contains("won or lost");
        assertThat(seller("close won").body()).contains("closed as won");

        var plan = app.dsl().selectFrom(PLAN).fetchOne();
        assertThat(plan.getTargetDate()).isEqualTo(LocalDate.parse("2027-02-26"));
        assertThat(plan.getStatus()).isEqualTo("won");
    }

    @Test
    void card_posts_the_card_again_at_the_bottom_and_retires_the_old_one() {
        seller("new Acme rollout with quick");
        app.slack().awaitCalls("chat.postMessage", 1);
        app.slack().stub("chat.postMessage", "{\"ok\":true,\"channel\":\"" + Slackers.SHARED_CHANNEL + "\",\"ts\":\"1700000099.000200\"}");

        assertThat(seller("card").body()).contains("Posting the plan card again");

        Map<String, String> deleted = app.slack().awaitCalls("chat.delete", 1).get(0);
        assertThat(deleted.get("ts")).isEqualTo("1700000000.000100");
        assertThat(app.slack().awaitCalls("chat.postMessage", 2).get(1).get("blocks")).contains("card_done");
        assertThat(org.mapbot.testkit.Await.until("the new card's ts", () -> java.util.Optional.ofNullable(
                app.dsl().select(PLAN.CARD_TS).from(PLAN).fetchOne(PLAN.CARD_TS)).filter("1700000099.000200"::equals)))
                .isEqualTo("1700000099.000200");
    }

    @Test
    void a_target_date_that_cannot_be_read_or_precedes_the_start_is_refused() {
        seller("new Acme rollout");

        assertThat(seller("target someday").body()).contains("Example: `/map target week 8`").contains("next friday");
        assertThat(json(seller("target 2026-11-01").body())).contains("before the plan's start");
        assertThat(seller("target").body()).contains("Which date?");
        assertThat(app.dsl().select(PLAN.TARGET_DATE).from(PLAN).fetchOne(PLAN.TARGET_DATE)).isNull();
    }

    @Test
    void a_template_saved_from_a_plan_creates_the_same_steps_relative_to_the_start() {
        seller("new Acme rollout with quick");
        assertThat(seller("template save fast-track").body()).contains("saved");

        app.clock().advance(java.time.Duration.ofDays(7));
        seller("new Globex rollout with fast-track");

        Long globex = app.dsl().select(PLAN.ID).from(PLAN).where(PLAN.TITLE.eq("Globex rollout")).fetchOne(PLAN.ID);
        assertThat(app.dsl().select(STEP.TITLE, STEP.DUE_DATE).from(STEP).where(STEP.PLAN_ID.eq(globex)).orderBy(STEP.POSITION)
                .fetch(r -> r.value1() + "@" + r.value2())).containsExactly(
                "Diagnosis by the salesperson@2026-12-11", "Internal pitch by the customer to management@2026-12-18",
                "Quote@2026-12-25", "Kick-off@2027-01-01");
        assertThat(seller("templates").body()).contains("enterprise").contains("quick").contains("fast-track");
    }

    @Test
    void remove_asks_first_then_removes_and_renumbers() {
        seller("new Acme rollout with quick");

        HttpResponse<String> asked = seller("remove 2");
        assertThat(asked.body()).contains("confirm_remove").contains("Internal pitch");
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(4);

        long stepId = app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(2)).fetchOne(STEP.ID);
        app.requests().ephemeralAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                CardIds.CONFIRM_REMOVE, Long.toString(stepId));

        assertThat(app.dsl().select(STEP.TITLE).from(STEP).orderBy(STEP.POSITION).fetch(STEP.TITLE))
                .containsExactly("Diagnosis by the salesperson", "Quote", "Kick-off");
        assertThat(app.dsl().select(STEP.POSITION).from(STEP).orderBy(STEP.POSITION).fetch(STEP.POSITION)).containsExactly(1, 2, 3);
    }
}
