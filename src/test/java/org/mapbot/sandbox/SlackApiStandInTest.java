package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.view.View;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningSandbox;

/** The Web API stand-in, called the way the bot calls it: through Slack's own Java SDK. */
class SlackApiStandInTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private MethodsClient slack;

    @BeforeEach
    void client() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(sandbox.baseUrl() + "/sandbox/api/");
        config.setFailOnUnknownProperties(false);
        slack = Slack.getInstance(config).methods("xoxb-sandbox");
    }

    @Test
    void an_unknown_method_answers_slacks_error_shape_and_is_recorded_as_unexpected() {
        HttpResponse<String> response = sandbox.api("chat.scheduleTeleport", "{\"channel\":\"C0SHARED\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(response.body())).isEqualTo(JsonParser.parseString("{\"ok\":false,\"error\":\"unknown_method\"}"));
        JsonObject call = sandbox.state("U0SELLER").getAsJsonArray("apiCalls").get(0).getAsJsonObject();
        assertThat(call.get("method").getAsString()).isEqualTo("chat.scheduleTeleport");
        assertThat(call.get("unexpected").getAsBoolean()).isTrue();
        assertThat(call.get("error").getAsString()).isEqualTo("unknown_method");
    }

    @Test
    void a_posted_message_then_updated_then_deleted_shows_each_change_in_the_state() throws Exception {
        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel("C0SHARED").text("Plan card v1")
                .blocks(List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("*Acme rollout* v1"))))));
        assertThat(posted.isOk()).isTrue();
        assertThat(sharedMessage(posted.getTs()).get("edited").getAsBoolean()).isFalse();

        assertThat(slack.chatUpdate(r -> r.channel("C0SHARED").ts(posted.getTs()).text("Plan card v2")).isOk()).isTrue();
        JsonObject updated = sharedMessage(posted.getTs());
        assertThat(updated.get("text").getAsString()).isEqualTo("Plan card v2");
        assertThat(updated.get("edited").getAsBoolean()).isTrue();

        assertThat(slack.chatDelete(r -> r.channel("C0SHARED").ts(posted.getTs())).isOk()).isTrue();
        assertThat(sharedMessage(posted.getTs()).get("deleted").getAsBoolean()).isTrue();
        assertThat(slack.chatUpdate(r -> r.channel("C0SHARED").ts(posted.getTs()).text("again")).getError()).isEqualTo("message_not_found");
    }

    @Test
    void blocks_arrive_as_json_inside_the_form_and_are_kept_as_blocks() throws Exception {
        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel("C0SHARED").text("fallback")
                .blocks(List.of(Blocks.header(h -> h.text(BlockCompositions.plainText("Acme rollout"))))));

        JsonArray blocks = sharedMessage(posted.getTs()).getAsJsonArray("blocks");
        assertThat(blocks.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("header");
    }

    @Test
    void a_reply_in_a_thread_keeps_its_parent() throws Exception {
        String parent = slack.chatPostMessage(r -> r.channel("C0SHARED").text("Status check")).getTs();
        String reply = slack.chatPostMessage(r -> r.channel("C0SHARED").threadTs(parent).text("Still on track")).getTs();

        assertThat(sharedMessage(reply).get("threadTs").getAsString()).isEqualTo(parent);
        assertThat(slack.chatPostMessage(r -> r.channel("C0SHARED").threadTs("1.000001").text("x")).getError())
                .isEqualTo("thread_not_found");
    }

    @Test
    void a_message_to_a_user_id_lands_in_that_persons_dm_only() throws Exception {
        assertThat(slack.chatPostMessage(r -> r.channel("U0LEGAL").text("Your step is due")).isOk()).isTrue();

        assertThat(sandbox.state("U0LEGAL").getAsJsonObject("messages").getAsJsonArray("D0LEGAL")).hasSize(1);
        assertThat(sandbox.state("U0SELLER").getAsJsonObject("messages").has("D0LEGAL")).isFalse();
    }

    @Test
    void a_json_body_is_accepted_like_a_form() {
        HttpResponse<String> response = sandbox.api("chat.postMessage",
                "{\"channel\":\"C0INTERNAL\",\"text\":\"Internal note\",\"blocks\":[{\"type\":\"divider\"}]}");

        assertThat(response.body()).contains("\"ok\":true");
        JsonArray internal = sandbox.state("U0SELLER").getAsJsonObject("messages").getAsJsonArray("C0INTERNAL");
        assertThat(internal.get(0).getAsJsonObject().getAsJsonArray("blocks").get(0).getAsJsonObject().get("type").getAsString())
                .isEqualTo("divider");
    }

    @Test
    void ephemeral_messages_are_seen_only_by_their_person_and_not_in_channels_they_cannot_see() throws Exception {
        assertThat(slack.chatPostEphemeral(r -> r.channel("C0SHARED").user("U0CUSTOMER").text("Just for you")).isOk()).isTrue();
        assertThat(slack.chatPostEphemeral(r -> r.channel("C0INTERNAL").user("U0CUSTOMER").text("Internal")).getError())
                .isEqualTo("user_not_in_channel");

        assertThat(sandbox.state("U0CUSTOMER").getAsJsonArray("ephemerals")).hasSize(1);
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("ephemerals")).isEmpty();
    }

    @Test
    void only_the_shared_channel_is_ext_shared() throws Exception {
        ConversationsInfoResponse shared = slack.conversationsInfo(r -> r.channel("C0SHARED"));
        ConversationsInfoResponse internal = slack.conversationsInfo(r -> r.channel("C0INTERNAL"));

        assertThat(shared.getChannel().isExtShared()).isTrue();
        assertThat(internal.getChannel().isExtShared()).isFalse();
        assertThat(slack.conversationsInfo(r -> r.channel("C0NOPE")).getError()).isEqualTo("channel_not_found");
    }

    @Test
    void sellers_have_a_time_zone_and_some_customers_do_not() throws Exception {
        UsersInfoResponse seller = slack.usersInfo(r -> r.user("U0SELLER"));
        UsersInfoResponse legal = slack.usersInfo(r -> r.user("U0LEGAL"));

        assertThat(seller.getUser().getTz()).isEqualTo("Europe/Berlin");
        assertThat(seller.getUser().getTeamId()).isEqualTo("T0SELLER");
        assertThat(legal.getUser().getTz()).isNull();
        assertThat(legal.getUser().getTeamId()).isEqualTo("T0CUSTOMER");
    }

    @Test
    void auth_test_names_the_seller_team_and_the_bot() throws Exception {
        var auth = slack.authTest(r -> r);

        assertThat(auth.getTeamId()).isEqualTo("T0SELLER");
        assertThat(auth.getTeam()).isEqualTo("Northwind Software");
        assertThat(auth.getUserId()).isEqualTo("U0BOT");
    }

    @Test
    void a_modal_needs_a_trigger_the_sandbox_handed_out() throws Exception {
        ViewsOpenResponse opened = slack.viewsOpen(r -> r.triggerId("made.up.trigger")
                .view(View.builder().type("modal").callbackId("x").title(com.slack.api.model.view.Views.viewTitle(t -> t.type("plain_text").text("T"))).blocks(List.of()).build()));

        assertThat(opened.getError()).isEqualTo("invalid_trigger_id");
    }

    @Test
    void a_published_home_view_is_what_that_person_sees_on_home() throws Exception {
        var published = slack.viewsPublish(r -> r.userId("U0CUSTOMER").view(View.builder().type("home")
                .blocks(List.of(Blocks.header(h -> h.text(BlockCompositions.plainText("Your open steps"))))).build()));

        assertThat(published.isOk()).isTrue();
        assertThat(sandbox.state("U0CUSTOMER").getAsJsonObject("home").toString()).contains("Your open steps");
        assertThat(sandbox.state("U0SELLER").has("home")).isFalse();
    }

    @Test
    void an_uploaded_export_appears_in_the_channel_and_can_be_downloaded() throws Exception {
        FilesUploadV2Response upload = slack.filesUploadV2(r -> r.channel("C0SHARED").filename("plan.csv").title("Acme plan (CSV)")
                .content("step,due\nDiscovery,2026-12-04\n").initialComment("Here is the plan"));

        assertThat(upload.isOk()).as(upload.getError()).isTrue();
        JsonObject message = sandbox.state("U0SELLER").getAsJsonObject("messages").getAsJsonArray("C0SHARED").get(0).getAsJsonObject();
        assertThat(message.get("text").getAsString()).isEqualTo("Here is the plan");
        String url = message.getAsJsonObject("file").get("url").getAsString();
        assertThat(sandbox.get(url).body()).isEqualTo("step,due\nDiscovery,2026-12-04\n");
    }

    private static JsonObject sharedMessage(String ts) {
        JsonArray shared = sandbox.state("U0SELLER").getAsJsonObject("messages").getAsJsonArray("C0SHARED");
        return StreamSupport.stream(shared.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(m -> m.get("ts").getAsString().equals(ts)).findFirst().orElseThrow();
    }
}
