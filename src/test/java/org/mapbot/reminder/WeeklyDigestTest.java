package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.reminder.ReminderFixture.utc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderState;
import org.mapbot.reminder.domain.ReminderTiming;

/**
 * The Monday digest reaches Slack however long the plan's lists are: Slack refuses a section over 3,000 characters
 * (the digest would be marked failed and the next one never planned) and a message over 50 blocks.
 */
class WeeklyDigestTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;

    @BeforeEach
    void users() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
    }

    @Test
    void twenty_steps_with_80_character_titles_due_this_week_are_all_listed_and_slack_accepts_the_digest() {
        Plan plan = planWithOnlyTheDigest();
        Owner customer = Owner.slackUser(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        for (int i = 1; i <= 20; i++) {
            add(plan, String.format("%02d ", i) + "Security questionnaire for the EU data centre, part ".repeat(2)
                    .substring(0, 77), customer, LocalDate.of(2026, 12, 9));
        }

        Map<String, String> digest = digestAt(plan);

        String text = sectionTexts(digest).reduce("", String::concat);
        for (int i = 1; i <= 20; i++) {
            assertThat(text).contains(String.format("%02d Security questionnaire", i));
        }
        assertThat(sectionTexts(digest)).allSatisfy(section -> assertThat(section.length()).isLessThanOrEqualTo(3000));
        assertThat(digestState(plan)).isEqualTo(ReminderState.SENT);
        assertThat(fx.reminders(plan)).filteredOn(r -> r.kind() == ReminderKind.DIGEST && r.state() == ReminderState.PENDING)
                .extracting(Reminder::forDate).as("next Monday's digest is planned").containsExactly(LocalDate.of(2026, 12, 14));
    }

    @Test
    void three_long_lists_of_long_entity_heavy_titles_and_names_stay_within_sections_and_50_blocks() {
        Plan plan = planWithOnlyTheDigest();
        String title = "Legal & security <review> of the DPA & SCCs ".repeat(5).substring(0, 185);
        Owner owner = Owner.named("Chris & Casey <Legal> ".repeat(5).substring(0, 100));
        for (int i = 0; i < 25; i++) {
            add(plan, i + " overdue " + title, owner, LocalDate.of(2026, 12, 1));
            add(plan, i + " this week " + title, owner, LocalDate.of(2026, 12, 10));
            Step done = add(plan, i + " done " + title, owner, LocalDate.of(2026, 12, 4));
            fx.plans().markDone(ReminderFixture.SELLER, done.id(), null);
        }

        Map<String, String> digest = digestAt(plan);

        JsonArray blocks = JsonParser.parseString(digest.get("blocks")).getAsJsonArray();
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(sectionTexts(digest)).allSatisfy(section -> assertThat(section.length()).isLessThanOrEqualTo(3000));
        assertThat(sectionTexts(digest).reduce("", String::concat)).contains("Done last week", "Due this week", "Overdue",
                "…and 5 more");
        assertThat(digestState(plan)).isEqualTo(ReminderState.SENT);
    }

    private ReminderState digestState(Plan plan) {
        return fx.reminders(plan).stream().filter(r -> r.kind() == ReminderKind.DIGEST && r.forDate().equals(LocalDate.of(2026, 12, 7)))
                .findFirst().orElseThrow().state();
    }

    /** Step reminders off: each owner's DMs go out at one a second, which would only slow this test down. */
    private Plan planWithOnlyTheDigest() {
        Plan plan = fx.planWithDigest();
        app.mapBot().parts().reminderRepository().saveSettings(plan.id(), new ReminderSettings(java.util.EnumSet.of(ReminderKind.DIGEST),
                ReminderTiming.DEFAULT_LEAD_DAYS), Slackers.SELLER_USER, app.clock().instant());
        app.mapBot().parts().planner().replan(plan.id());
        return plan;
    }

    /** Adds a step without waiting for what it sets off: the sweep waits for all of it at once. */
    private Step add(Plan plan, String title, Owner owner, LocalDate due) {
        return fx.plans().addStep(ReminderFixture.SELLER, plan, title, owner, Side.CUSTOMER, due, false);
    }

    /** Monday 7 December, 09:00 in the plan's New York: the digest in the channel (not a thread reply, not a DM). */
    private Map<String, String> digestAt(Plan plan) {
        List<Map<String, String>> posts = fx.sweepAt(utc("2026-12-07T14:00:00Z"));
        return posts.stream().filter(p -> Slackers.SHARED_CHANNEL.equals(p.get("channel")) && p.get("thread_ts") == null)
                .filter(p -> p.get("blocks").contains("Week ahead")).findFirst()
                .orElseThrow(() -> new AssertionError("No digest among " + posts));
    }

    private static java.util.stream.Stream<String> sectionTexts(Map<String, String> digest) {
        JsonArray blocks = JsonParser.parseString(digest.get("blocks")).getAsJsonArray();
        return StreamSupport.stream(blocks.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(b -> b.get("type").getAsString().equals("section"))
                .map(b -> b.getAsJsonObject("text").get("text").getAsString());
    }
}
