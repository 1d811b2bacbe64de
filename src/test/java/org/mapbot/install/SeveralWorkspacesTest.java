package org.mapbot.install;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.export.SlackUploads;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * Two workspaces installed from one running app, with the same user and channel ids: each one's plans are posted,
 * reminded and paused with its own token only.
 */
class SeveralWorkspacesTest {
    private static final String OTHER_TEAM = "T0OTHER";
    private static final String SELLER_TOKEN = "xoxb-seller-1111";
    private static final String OTHER_TOKEN = "xoxb-other-2222";

    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    private final AddToSlack browser = new AddToSlack();

    @BeforeEach
    void bothWorkspacesInstall() {
        install(Slackers.SELLER_TEAM, "Seller Inc", SELLER_TOKEN);
        install(OTHER_TEAM, "Other Ltd", OTHER_TOKEN);
    }

    private void install(String teamId, String name, String token) {
        app.slack().stub("oauth.v2.access", AddToSlack.access(teamId, name, null, token));
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/auth.test")).withHeader("Authorization", equalTo("Bearer " + token))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"team\":\"" + name + "\",\"team_id\":\"" + teamId
                        + "\",\"user_id\":\"" + Slackers.BOT_USER + "\",\"bot_id\":\"B0" + teamId.substring(1) + "\"}")));
        assertThat(browser.allowed(app.baseUrl(), browser.start(app.baseUrl()), "code-" + teamId).body())
                .contains("MAP Bot is installed in " + name);
    }

    /** The same seller user id, channel id and command in each workspace. */
    private void newPlanIn(String teamId) {
        assertThat(app.requests().command(Slackers.SELLER_USER, teamId, Slackers.SHARED_CHANNEL, "new Rollout with quick")
                .statusCode()).isEqualTo(200);
        app.settle();
    }

    private static List<String> tokensOf(String method) {
        return app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map((LoggedRequest r) -> r.getHeader("Authorization")).toList();
    }

    private void uninstallEvent(String teamId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_uninstalled");
        JsonObject envelope = SlackRequests.eventEnvelope(event);
        envelope.addProperty("team_id", teamId);
        assertThat(app.requests().event(envelope).statusCode()).isEqualTo(200);
        app.settle();
    }

    private String status(String teamId) {
        return app.dsl().select(PLAN.STATUS).from(PLAN).where(PLAN.TEAM_ID.eq(teamId)).fetchOne(PLAN.STATUS);
    }

    @Test
    void each_workspace_gets_its_own_plan_and_card_posted_with_its_own_token() {
        newPlanIn(Slackers.SELLER_TEAM);
        newPlanIn(OTHER_TEAM);

        assertThat(app.dsl().select(PLAN.TEAM_ID).from(PLAN).orderBy(PLAN.ID).fetch(PLAN.TEAM_ID))
                .containsExactly(Slackers.SELLER_TEAM, OTHER_TEAM);
        assertThat(tokensOf("chat.postMessage")).containsExactlyInAnyOrder("Bearer " + SELLER_TOKEN, "Bearer " + OTHER_TOKEN);
        assertThat(tokensOf("views.publish")).as("Home tabs too").isNotEmpty()
                .allSatisfy(t -> assertThat(t).isIn("Bearer " + SELLER_TOKEN, "Bearer " + OTHER_TOKEN));
    }

    @Test
    void uninstalling_deletes_that_workspaces_tokens_pauses_its_plans_and_stops_its_reminders_only() {
        newPlanIn(Slackers.SELLER_TEAM);
        newPlanIn(OTHER_TEAM);

        uninstallEvent(OTHER_TEAM);

        assertThat(status(OTHER_TEAM)).isEqualTo("paused");
        assertThat(status(Slackers.SELLER_TEAM)).isEqualTo("active");
        assertThat(app.dsl().select(PLAN_EVENT.REASON).from(PLAN_EVENT).join(PLAN).on(PLAN.ID.eq(PLAN_EVENT.PLAN_ID))
                .where(PLAN.TEAM_ID.eq(OTHER_TEAM)).and(PLAN_EVENT.NEW_VALUE.eq("paused")).fetch(PLAN_EVENT.REASON))
                .containsExactly("MAP Bot was uninstalled from the workspace");
        assertThat(app.dsl().fetchOne("select bot_token, uninstalled_at from installation where team_id = 'T0OTHER'").intoArray())
                .satisfies(row -> assertThat(row[0]).isNull(), row -> assertThat(row[1]).isNotNull());
        assertThat(app.dsl().fetchCount(REMINDER.join(PLAN).on(PLAN.ID.eq(REMINDER.PLAN_ID)),
                PLAN.TEAM_ID.eq(OTHER_TEAM).and(REMINDER.STATE.eq("pending")))).isZero();
        assertThat(app.dsl().fetchCount(REMINDER.join(PLAN).on(PLAN.ID.eq(REMINDER.PLAN_ID)),
                PLAN.TEAM_ID.eq(Slackers.SELLER_TEAM).and(REMINDER.STATE.eq("pending")))).isPositive();

        app.slack().wireMock().resetRequests();
        app.clock().set(Instant.parse("2027-03-01T09:00:00Z"));
        app.mapBot().parts().sweeper().sweep();
        app.settle();
        assertThat(tokensOf("chat.postMessage")).isNotEmpty().containsOnly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void reinstalling_resumes_the_plans_the_uninstall_paused() {
        newPlanIn(OTHER_TEAM);
        uninstallEvent(OTHER_TEAM);

        install(OTHER_TEAM, "Other Ltd", "xoxb-other-again-3333");
        app.settle();

        assertThat(status(OTHER_TEAM)).isEqualTo("active");
        assertThat(app.dsl().select(PLAN_EVENT.REASON).from(PLAN_EVENT).where(PLAN_EVENT.NEW_VALUE.eq("active"))
                .fetch(PLAN_EVENT.REASON)).containsExactly("MAP Bot was installed in the workspace again");
        assertThat(app.dsl().fetchCount(REMINDER, REMINDER.STATE.eq("pending"))).isPositive();
    }

    @Test
    void a_revoked_bot_token_counts_as_an_uninstall() {
        newPlanIn(OTHER_TEAM);
        JsonObject event = new JsonObject();
        event.addProperty("type", "tokens_revoked");
        JsonObject tokens = new JsonObject();
        com.google.gson.JsonArray bot = new com.google.gson.JsonArray();
        bot.add(Slackers.BOT_USER);
        tokens.add("bot", bot);
        event.add("tokens", tokens);
        JsonObject envelope = SlackRequests.eventEnvelope(event);
        envelope.addProperty("team_id", OTHER_TEAM);

        assertThat(app.requests().event(envelope).statusCode()).isEqualTo(200);
        app.settle();

        assertThat(status(OTHER_TEAM)).isEqualTo("paused");
        assertThat(app.dsl().fetchOne("select bot_token from installation where team_id = 'T0OTHER'").get(0)).isNull();
    }

    private long firstStepOf(String teamId) {
        return app.dsl().select(STEP.ID).from(STEP).join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID))
                .where(PLAN.TEAM_ID.eq(teamId)).and(STEP.POSITION.eq(1)).fetchOne(STEP.ID);
    }

    private String stepStatus(long stepId) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.STATUS);
    }

    @Test
    void a_click_in_one_workspace_naming_the_other_workspaces_step_changes_nothing_though_user_channel_and_card_ids_are_the_same() {
        newPlanIn(Slackers.SELLER_TEAM);
        newPlanIn(OTHER_TEAM);
        long sellers = firstStepOf(Slackers.SELLER_TEAM);
        long others = firstStepOf(OTHER_TEAM);

        app.requests().blockAction(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.DONE, Long.toString(sellers));
        app.settle();
        assertThat(stepStatus(sellers)).isEqualTo("todo");

        app.requests().blockAction(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.DONE, Long.toString(others));
        app.settle();
        assertThat(stepStatus(others)).isEqualTo("done");
        assertThat(stepStatus(sellers)).isEqualTo("todo");
    }

    @Test
    void map_list_in_each_workspace_shows_only_that_workspaces_plan() {
        newPlanIn(Slackers.SELLER_TEAM);
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with quick");
        app.settle();

        String sellersList = app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "list").body();
        String othersList = app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "list").body();

        assertThat(sellersList).contains("Rollout").doesNotContain("Other deal");
        assertThat(othersList).contains("Other deal").doesNotContain("Rollout");
    }

    @Test
    void a_workspace_that_never_installed_map_bot_gets_nothing_done() {
        HttpResponse<String> reply = app.requests().command(Slackers.SELLER_USER, "T0NEVER", Slackers.SHARED_CHANNEL,
                "new Rollout with quick");
        app.settle();

        assertThat(reply.statusCode()).as("Bolt answers on the response URL that the app is not installed").isEqualTo(200);
        assertThat(app.dsl().fetchCount(PLAN)).isZero();
        assertThat(app.slack().count("chat.postMessage")).isZero();
    }

    /** users.info and conversations.info as each workspace's own Slack answers them, for the same user and channel ids. */
    private void eachWorkspaceKnowsItsOwnPeopleAndChannel() {
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/users.info")).withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\""
                        + OTHER_TEAM + "\",\"tz\":\"America/Los_Angeles\",\"real_name\":\"Olivia Other\",\"profile\":{\"display_name\":\"Olivia\"}}}")));
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/conversations.info")).withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + Slackers.SHARED_CHANNEL
                        + "\",\"is_ext_shared\":false,\"is_shared\":false}}")));
    }

    @Test
    void the_same_user_and_channel_ids_in_two_workspaces_are_cached_apart_and_never_read_across() {
        eachWorkspaceKnowsItsOwnPeopleAndChannel();
        newPlanIn(Slackers.SELLER_TEAM);
        newPlanIn(OTHER_TEAM);

        assertThat(app.dsl().select(PLAN.TIME_ZONE).from(PLAN).where(PLAN.TEAM_ID.eq(OTHER_TEAM)).fetchOne(PLAN.TIME_ZONE))
                .as("the other workspace's creator's own zone, not the cached one of the same id elsewhere").isEqualTo("America/Los_Angeles");
        assertThat(app.dsl().select(PLAN.TIME_ZONE).from(PLAN).where(PLAN.TEAM_ID.eq(Slackers.SELLER_TEAM)).fetchOne(PLAN.TIME_ZONE))
                .isEqualTo("Europe/Berlin");
        assertThat(app.dsl().fetch("select directory_key, display_name from slack_user where user_id = 'U0SELLER' order by directory_key")
                .map(r -> r.get(0) + " " + r.get(1))).containsExactly("T0OTHER Olivia", Slackers.SELLER_TEAM + " Sam");
        assertThat(app.dsl().fetch("select directory_key, is_ext_shared from slack_channel order by directory_key")
                .map(r -> r.get(0) + " " + r.get(1))).containsExactly("T0OTHER false", Slackers.SELLER_TEAM + " true");
    }

    @Test
    void each_workspaces_home_tab_shows_only_its_own_plans_also_after_the_other_uninstalled() {
        newPlanIn(Slackers.SELLER_TEAM);
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with quick");
        app.settle();

        assertThat(homeOf(Slackers.SELLER_TEAM, SELLER_TOKEN)).contains("Rollout").doesNotContain("Other deal");
        assertThat(homeOf(OTHER_TEAM, OTHER_TOKEN)).contains("Other deal").doesNotContain("Rollout");

        uninstallEvent(OTHER_TEAM);
        assertThat(homeOf(Slackers.SELLER_TEAM, SELLER_TOKEN)).contains("Rollout").doesNotContain("Other deal");
    }

    /** The Home tab the app publishes, with {@code token}, when the same user id opens it in workspace {@code teamId}. */
    private String homeOf(String teamId, String token) {
        app.slack().wireMock().resetRequests();
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", Slackers.SELLER_USER);
        event.addProperty("channel", "D0HOME");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.000300");
        JsonObject envelope = SlackRequests.eventEnvelope(event);
        envelope.addProperty("team_id", teamId);
        assertThat(app.requests().event(envelope).statusCode()).isEqualTo(200);
        app.slack().awaitCalls("views.publish", 1);
        app.settle();
        assertThat(tokensOf("views.publish")).isNotEmpty().containsOnly("Bearer " + token);
        return app.slack().calls("views.publish").get(app.slack().calls("views.publish").size() - 1).get("view");
    }

    @Test
    void the_reminder_sweep_sends_each_workspaces_reminders_with_its_own_token_only_about_its_own_plan() {
        newPlanIn(Slackers.SELLER_TEAM);
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with quick");
        app.settle();
        app.slack().wireMock().resetRequests();
        app.clock().set(Instant.parse("2027-03-01T09:00:00Z"));

        app.mapBot().parts().sweeper().sweep();
        app.settle();

        List<LoggedRequest> sent = app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")));
        assertThat(sent).extracting(r -> r.getHeader("Authorization")).contains("Bearer " + SELLER_TOKEN, "Bearer " + OTHER_TOKEN);
        for (LoggedRequest request : sent) {
            String body = java.net.URLDecoder.decode(request.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
            if (request.getHeader("Authorization").equals("Bearer " + SELLER_TOKEN)) {
                assertThat(body).doesNotContain("Other deal");
            } else {
                assertThat(body).doesNotContain("Rollout");
            }
        }
    }


    @Test
    void a_share_link_or_calendar_feed_made_in_one_workspace_serves_only_that_workspaces_plan() {
        newPlanIn(Slackers.SELLER_TEAM);
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with quick");
        app.settle();

        String sellersPage = app.requests().get(linkPath(Slackers.SELLER_TEAM, "share", "/p/")).body();
        String othersPage = app.requests().get(linkPath(OTHER_TEAM, "share", "/p/")).body();
        assertThat(sellersPage).contains("Rollout").doesNotContain("Other deal");
        assertThat(othersPage).contains("Other deal").doesNotContain("Rollout");

        String sellersFeed = app.requests().get(linkPath(Slackers.SELLER_TEAM, "export ics", "/ics/")).body();
        String othersFeed = app.requests().get(linkPath(OTHER_TEAM, "export ics", "/ics/")).body();
        assertThat(sellersFeed).contains("Rollout").doesNotContain("Other deal");
        assertThat(othersFeed).contains("Other deal").doesNotContain("Rollout");
    }

    @Test
    void an_export_in_each_workspace_holds_only_that_workspaces_plan_and_is_uploaded_with_its_own_token() throws Exception {
        SlackUploads.accept(app);
        newPlanIn(Slackers.SELLER_TEAM);
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with quick");
        app.settle();

        for (String team : List.of(OTHER_TEAM, Slackers.SELLER_TEAM)) {
            app.slack().wireMock().resetRequests();
            app.requests().command(Slackers.SELLER_USER, team, Slackers.SHARED_CHANNEL, "export pdf");
            Map<String, String> completed = SlackUploads.awaitCompleted(app);
            String text;
            try (PDDocument parsed = Loader.loadPDF(SlackUploads.uploadedBytes(app))) {
                text = new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
            }
            String mine = team.equals(OTHER_TEAM) ? "Other deal" : "Rollout";
            String theirs = team.equals(OTHER_TEAM) ? "Rollout" : "Other deal";
            assertThat(text).as("the PDF of " + team).contains(mine).doesNotContain(theirs);
            assertThat(completed.get("files")).contains(mine).doesNotContain(theirs);
            assertThat(tokensOf("files.getUploadURLExternal")).containsOnly("Bearer " + (team.equals(OTHER_TEAM) ? OTHER_TOKEN : SELLER_TOKEN));
            assertThat(tokensOf("files.completeUploadExternal")).containsOnly("Bearer " + (team.equals(OTHER_TEAM) ? OTHER_TOKEN : SELLER_TOKEN));
        }
    }

    @Test
    void a_template_saved_in_one_workspace_is_listed_and_usable_only_there() {
        newPlanIn(Slackers.SELLER_TEAM);
        assertThat(app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                "template save seller-playbook").body()).contains("seller-playbook");

        assertThat(app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "templates").body())
                .contains("seller-playbook");
        assertThat(app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "templates").body())
                .doesNotContain("seller-playbook");
        app.requests().command(Slackers.SELLER_USER, OTHER_TEAM, Slackers.SHARED_CHANNEL, "new Other deal with seller-playbook");
        app.settle();
        assertThat(app.dsl().selectCount().from(PLAN).where(PLAN.TEAM_ID.eq(OTHER_TEAM)).fetchOne(0, int.class))
                .as("the other workspace cannot start a plan from it").isZero();
    }

    /** {@code /map share} or {@code /map export ics} in workspace {@code teamId}: the link's path in the answer. */
    private static String linkPath(String teamId, String command, String prefix) {
        String reply = com.google.gson.JsonParser.parseString(app.requests().command(Slackers.SELLER_USER, teamId, Slackers.SHARED_CHANNEL,
                command).body()).getAsJsonObject().get("text").getAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https://mapbot\\.example\\.com(" + prefix + "[A-Za-z0-9_-]+)").matcher(reply);
        assertThat(link.find()).as(reply).isTrue();
        return link.group(1);
    }

}
