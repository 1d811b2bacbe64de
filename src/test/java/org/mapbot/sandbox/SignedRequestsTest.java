package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningSandbox;

/** What people do on the page reaches the real bot as Slack would send it, signed with the app's secret. */
class SignedRequestsTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @Test
    void map_help_typed_by_the_sales_rep_is_accepted_by_the_bot_and_answered_to_that_person_only() {
        JsonObject result = sandbox.postForJson("/sandbox/command",
                "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map help\"}");

        assertThat(result.get("status").getAsInt()).isEqualTo(200);
        assertThat(result.get("text").getAsString()).contains("`/map help`");
        JsonArray seen = sandbox.state("U0SELLER").getAsJsonArray("ephemerals");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getAsJsonObject().get("user").getAsString()).isEqualTo("U0BOT");
        assertThat(seen.get(0).getAsJsonObject().get("text").getAsString()).contains("`/map help`");
        assertThat(sandbox.state("U0COLLEAGUE").getAsJsonArray("ephemerals")).isEmpty();
        JsonObject request = sandbox.state("U0SELLER").getAsJsonArray("appRequests").get(0).getAsJsonObject();
        assertThat(request.get("kind").getAsString()).isEqualTo("slash command");
        assertThat(request.get("status").getAsInt()).isEqualTo(200);
    }

    @Test
    void a_customer_typing_map_gets_slacks_not_a_valid_command_and_nothing_reaches_the_app() {
        JsonObject result = sandbox.postForJson("/sandbox/command",
                "{\"as\":\"U0CUSTOMER\",\"channel\":\"C0SHARED\",\"text\":\"/map help\"}");

        assertThat(result.get("ok").getAsBoolean()).isFalse();
        JsonObject state = sandbox.state("U0CUSTOMER");
        JsonObject answer = state.getAsJsonArray("ephemerals").get(0).getAsJsonObject();
        assertThat(answer.get("text").getAsString()).startsWith("/map is not a valid command.");
        assertThat(answer.get("user").getAsString()).isEqualTo("USLACKBOT");
        assertThat(state.getAsJsonArray("appRequests")).isEmpty();
        assertThat(state.getAsJsonArray("apiCalls")).isEmpty();
    }

    @Test
    void a_click_on_a_bot_message_is_delivered_with_a_valid_signature_as_the_clicking_person() throws Exception {
        sandbox.api("chat.postMessage", "{\"channel\":\"C0SHARED\",\"text\":\"card\",\"blocks\":[{\"type\":\"actions\","
                + "\"block_id\":\"b1\",\"elements\":[{\"type\":\"button\",\"action_id\":\"step_done\",\"value\":\"1\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"Done\"}}]}]}");
        String ts = sandbox.state("U0CUSTOMER").getAsJsonObject("messages").getAsJsonArray("C0SHARED").get(0)
                .getAsJsonObject().get("ts").getAsString();

        sandbox.postForJson("/sandbox/action", "{\"as\":\"U0CUSTOMER\",\"source\":{\"type\":\"message\",\"channel\":\"C0SHARED\","
                + "\"ts\":\"" + ts + "\"},\"action\":{\"type\":\"button\",\"action_id\":\"step_done\",\"block_id\":\"b1\",\"value\":\"1\"}}");

        JsonObject request = sandbox.state("U0CUSTOMER").getAsJsonArray("appRequests").get(0).getAsJsonObject();
        assertThat(request.get("kind").getAsString()).isEqualTo("block_actions");
        assertThat(request.get("summary").getAsString()).startsWith("Casey Customer");
        assertThat(request.get("status").getAsInt()).as("not rejected as unsigned").isNotEqualTo(401);
    }

    @Test
    void a_menu_that_loads_its_options_asks_the_bot_with_a_signed_block_suggestion_as_the_person_types() {
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map new\"}");
        String viewId = sandbox.state("U0SELLER").getAsJsonArray("modals").get(0).getAsJsonObject().get("id").getAsString();

        JsonObject result = sandbox.postForJson("/sandbox/options", "{\"as\":\"U0SELLER\",\"viewId\":\"" + viewId
                + "\",\"blockId\":\"template\",\"actionId\":\"value\",\"value\":\"qui\"}");

        assertThat(result.getAsJsonArray("options")).singleElement()
                .satisfies(o -> assertThat(o.getAsJsonObject().get("value").getAsString()).isEqualTo("quick"));
        JsonObject request = sandbox.state("U0SELLER").getAsJsonArray("appRequests").get(0).getAsJsonObject();
        assertThat(request.get("kind").getAsString()).isEqualTo("block_suggestion");
        assertThat(request.get("status").getAsInt()).isEqualTo(200);
    }

    @Test
    void opening_home_sends_a_signed_app_home_opened_event() {
        sandbox.postForJson("/sandbox/home", "{\"as\":\"U0SELLER\"}");

        JsonObject request = sandbox.state("U0SELLER").getAsJsonArray("appRequests").get(0).getAsJsonObject();
        assertThat(request.get("kind").getAsString()).isEqualTo("app_home_opened");
        assertThat(request.get("status").getAsInt()).isNotEqualTo(401);
    }

    @Test
    void a_customer_who_joins_the_shared_channel_is_welcomed_once_and_only_they_see_it() {
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map new Acme rollout with enterprise\"}");
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map add Discount approval internal\"}");
        sandbox.settle();

        sandbox.postForJson("/sandbox/arrive", "{\"as\":\"U0CUSTOMER\"}");
        sandbox.settle();
        sandbox.postForJson("/sandbox/arrive", "{\"as\":\"U0CUSTOMER\"}");
        sandbox.settle();

        List<String> kinds = new java.util.ArrayList<>();
        sandbox.state("U0SELLER").getAsJsonArray("appRequests").forEach(r -> {
            assertThat(r.getAsJsonObject().get("status").getAsInt()).isEqualTo(200);
            kinds.add(r.getAsJsonObject().get("kind").getAsString());
        });
        assertThat(kinds).as("newest first").containsSubsequence("member_joined_channel", "shared_channel_invite_accepted",
                "member_joined_channel", "shared_channel_invite_accepted");
        JsonArray welcomes = new JsonArray();
        sandbox.state("U0CUSTOMER").getAsJsonArray("ephemerals").forEach(e -> {
            if (e.getAsJsonObject().get("text").getAsString().startsWith("Welcome")) {
                welcomes.add(e);
            }
        });
        assertThat(welcomes).hasSize(1);
        assertThat(welcomes.get(0).toString()).contains("Acme rollout").contains("Review and agree").contains("Northwind Software")
                .doesNotContain("Discount approval");
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("ephemerals").toString()).doesNotContain("Welcome");
    }

    @Test
    void moving_the_clock_a_day_moves_the_apps_own_clock() {
        JsonObject moved = sandbox.postForJson("/sandbox/clock", "{\"move\":\"day\"}");

        assertThat(moved.get("now").getAsString()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(sandbox.clock().instant()).isEqualTo(RunningSandbox.START.plusSeconds(86_400));
        assertThat(sandbox.state("U0SELLER").get("nowText").getAsString()).isEqualTo("Tue 1 Dec 2026, 11:00 (Europe/Berlin)");
    }

    @Test
    void requests_signed_after_moving_the_clock_are_still_fresh_for_the_app() {
        sandbox.postForJson("/sandbox/clock", "{\"move\":\"week\"}");

        JsonObject result = sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0INTERNAL\",\"text\":\"/map\"}");

        assertThat(result.get("status").getAsInt()).isEqualTo(200);
    }
}
