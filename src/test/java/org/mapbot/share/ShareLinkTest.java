package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.SHARE_LINK;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

class ShareLinkTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    static final Pattern LINK = Pattern.compile("https://mapbot\\.example\\.com/p/([A-Za-z0-9_-]+)");

    private Deals deals;

    @BeforeEach
    void setUp() {
        deals = new Deals(app.plans());
    }

    @Test
    void share_gives_the_seller_an_ephemeral_link_with_a_long_random_token_stored_only_as_its_hash() {
        deals.acmeDeal("Acme rollout");

        HttpResponse<String> reply = app.requests().seller("share");

        assertThat(reply.statusCode()).isEqualTo(200);
        var body = JsonParser.parseString(reply.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        String token = token(body.get("text").getAsString());
        assertThat(token).hasSize(ShareTokens.TOKEN_LENGTH);
        var stored = app.dsl().selectFrom(SHARE_LINK).fetchSingle();
        assertThat(stored.getTokenHash()).isEqualTo(ShareTokens.hash(token)).isNotEqualTo(token);
        assertThat(stored.getKind()).isEqualTo("page");
        assertThat(stored.getCreatedBy()).isEqualTo(Slackers.SELLER_USER);
        assertThat(token).isNotEqualTo(token(app.requests().seller("share").body()));
    }

    @Test
    void the_share_page_shows_the_plan_with_owner_names_and_without_internal_steps_and_is_private() {
        deals.acmeDeal("Acme rollout");
        String token = token(app.requests().seller("share").body());

        HttpResponse<String> page = app.requests().get("/p/" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(t -> assertThat(t).contains("noindex"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("Acme rollout", "Acme Corp", "Discovery call", "Technical test", "Contract review",
                "Jane Doe (Legal)", "Sam", "<svg");
        assertThat(page.body()).doesNotContain(Deals.INTERNAL_TITLE, "Discount");
    }

    @Test
    void a_hostile_plan_title_is_escaped_on_the_page() {
        deals.acmeDeal("<script>alert('pwned')</script> & Co");
        String token = token(app.requests().seller("share").body());

        String html = app.requests().get("/p/" + token).body();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(");
    }

    @Test
    void revoked_unknown_and_malformed_tokens_all_get_the_same_plain_404() {
        deals.acmeDeal("Acme rollout");
        String token = token(app.requests().seller("share").body());
        assertThat(app.requests().get("/p/" + token).statusCode()).isEqualTo(200);

        String reply = app.requests().seller("share revoke").body();
        HttpResponse<String> revoked = app.requests().get("/p/" + token);
        HttpResponse<String> wrong = app.requests().get("/p/" + "A".repeat(ShareTokens.TOKEN_LENGTH));
        HttpResponse<String> malformed = app.requests().get("/p/not-a-token");

        assertThat(reply).contains("Switched off 1 link");
        for (HttpResponse<String> miss : java.util.List.of(revoked, wrong, malformed)) {
            assertThat(miss.statusCode()).isEqualTo(404);
            assertThat(miss.body()).isEqualTo(SharePageView.notFoundPage());
            assertThat(miss.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(revoked.body()).doesNotContain("Acme");
    }

    @Test
    void only_a_plan_in_the_channel_can_be_shared() {
        HttpResponse<String> reply = app.requests().seller("share");

        assertThat(reply.body()).contains("There is no plan in this channel yet");
        assertThat(app.dsl().fetchCount(SHARE_LINK)).isZero();
    }

    public static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a share link in: %s", text).isTrue();
        return m.group(1);
    }
}
