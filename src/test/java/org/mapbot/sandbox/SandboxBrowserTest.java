package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mapbot.testkit.AxeAudit;
import org.mapbot.testkit.ChromeBrowser;
import org.mapbot.testkit.RunningSandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sandbox in Debian's headless Chromium, driven as a person would drive it. Screenshots go to target/screenshots. */
class SandboxBrowserTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @TempDir
    static Path profile;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = ChromeBrowser.start(profile, 1440, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private SandboxPage page() {
        return new SandboxPage(browser).open(sandbox.baseUrl());
    }

    @Test
    void the_sales_rep_gets_the_help_and_a_customer_gets_slacks_not_a_valid_command() {
        SandboxPage page = page().actAs("Sam Seller").openChannel("acme-northwind");

        page.typeCommand("/map help").waitForPaneText("MAP Bot keeps this deal's mutual action plan").screenshot("seller-help");
        assertThat(page.pane()).contains("Only visible to you").contains("/map help");

        page.actAs("Casey Customer").openChannel("acme-northwind");
        assertThat(page.pane()).doesNotContain("MAP Bot keeps this deal's mutual action plan");
        page.typeCommand("/map help").waitForPaneText("/map is not a valid command").screenshot("customer-not-a-command");
        assertThat(sandbox.state("U0CUSTOMER").getAsJsonArray("appRequests")).hasSize(1); // only the seller's
    }

    @Test
    void customers_do_not_see_the_internal_channel() {
        SandboxPage page = page().actAs("Lee Legal");

        assertThat(browser.findElement(org.openqa.selenium.By.id("channels")).getText())
                .contains("acme-northwind").doesNotContain("deal-acme-internal");
    }

    @Test
    void moving_the_clock_a_day_shows_the_new_sandbox_time() {
        SandboxPage page = page();
        assertThat(page.clock()).isEqualTo("Mon 30 Nov 2026, 11:00 (Europe/Berlin)");

        page.moveClock("clock-day");

        assertThat(page.clock()).isEqualTo("Tue 1 Dec 2026, 11:00 (Europe/Berlin)");
        page.screenshot("clock-moved");
    }

    @Test
    void bot_messages_render_as_block_kit_and_their_buttons_reach_the_bot() {
        sandbox.api("chat.postMessage", BLOCK_KIT_SAMPLE);
        SandboxPage page = page().actAs("Casey Customer").openChannel("acme-northwind")
                .waitForPaneText("Acme Corp rollout");

        assertThat(page.pane()).contains("Discovery call").contains("Sam Seller").contains("a < b & c")
                .doesNotContain("&lt;").doesNotContain("<@U0SELLER>");
        page.screenshot("block-kit");
        page.clickButton("Done");
        page.waitUntil("the click reached the app", () -> sandbox.state("U0CUSTOMER").getAsJsonArray("appRequests").size() == 1);
    }

    @Test
    void the_new_plan_form_finds_a_template_as_the_seller_types_and_starts_the_plan_from_it() {
        SandboxPage page = page().actAs("Sam Seller").openChannel("acme-northwind");
        page.typeCommand("/map new").waitForModal("New plan");
        page.fillText("Deal", "Initech renewal").pickFromSearchMenu("Start from template", "qui", "quick — 4 steps for a short cycle");
        page.screenshot("new-plan-template-search");
        page.submitModal().waitForNoModal().waitForPaneText("0/4 done");

        assertThat(page.pane()).contains("Initech renewal").contains("Diagnosis by the salesperson");
    }

    @Test
    void a_plan_from_the_enterprise_template_is_worked_on_from_the_card_by_both_organisations() {
        SandboxPage page = page().actAs("Sam Seller").openChannel("acme-northwind");
        page.typeCommand("/map new Acme rollout with enterprise").waitForPaneText("0/6 done");
        assertThat(page.pane()).contains("Acme rollout").contains("1. Discovery").contains("6. Signing")
                .contains("Customer – Champion").contains("Dec 4, 2026") // <!date^…> in the reader's own time zone
                .doesNotContain(":white_circle:").doesNotContain("<!date").doesNotContain("&lt;");
        page.screenshot("flow-1-card");

        // The customer's champion cannot type /map, but completes their step from the card.
        page.actAs("Casey Customer").openChannel("acme-northwind").waitForPaneText("0/6 done");
        page.clickStepButton("Discovery", "Done").waitForPaneText("1/6 done").waitForPaneText("✅ 1. Discovery");
        assertThat(page.pane()).doesNotContain(":white_check_mark:");
        page.screenshot("flow-2-customer-done");

        // A new date through the step's menu: the modal opens on the trigger the click carried, and its submission changes the card.
        page.pickFromStepMenu("Demo", "New date").waitForModal("New date");
        assertThat(page.modalDate("New due date")).isEqualTo("2026-12-11");
        page.fillDate("New due date", "2026-12-18").fillText("Why is it moving?", "Our CTO is travelling that week");
        page.screenshot("flow-3-new-date-modal");
        page.submitModal().waitForNoModal().waitForPaneText("1 slip, 7 days").waitForPaneText("Dec 18, 2026");
        page.screenshot("flow-4-card-after-new-date");

        // The seller's App Home lists the plan.
        page.actAs("Sam Seller").openHome().waitForPaneText("My plans").waitForPaneText("Acme rollout");
        assertThat(page.pane()).contains("1/6 done").doesNotContain("<!date");
        page.screenshot("flow-5-seller-home");
    }

    /**
     * Time passes on the plan from the card flow: the Demo (week 2, due Fri 11 Dec, given to Casey in New York) gets its
     * due-soon and overdue DMs, then a week after its date the status check asks in the card's thread. Casey answers it
     * with a new date through the modal; a week later the Technical test's status check is answered "Done" by the CTO,
     * a customer-side person without a time zone. Each answer replaces the question with who answered what.
     */
    @Test
    void a_week_after_a_missed_date_the_status_check_asks_in_the_cards_thread_and_the_customer_answers_it() {
        SandboxPage page = page().actAs("Sam Seller").openChannel("acme-northwind");
        page.typeCommand("/map new Acme rollout with enterprise").waitForCardText("0/6 done");
        page.typeCommand("/map assign 2 @casey").waitForCardText("@Casey Customer · Customer · due Dec 11, 2026");

        page.actAs("Casey Customer").openChannel("acme-northwind").waitForCardText("0/6 done");
        page.clickStepButton("Discovery", "Done").waitForCardText("1/6 done").waitForCardText("✅ 1. Discovery");

        // Mon 30 Nov → Thu 10 Dec, 11:00 in Berlin (05:00 for Casey): the clock jumped over the due-soon reminder
        // (Wed 09:00 New York time), so it waits for Casey's working hours, 08:00 in New York, three hours on.
        page.moveClockAndSweep("clock-week").moveClockAndSweep("clock-day").moveClockAndSweep("clock-day").moveClockAndSweep("clock-day");
        page.moveClockAndSweep("clock-hour").moveClockAndSweep("clock-hour").moveClockAndSweep("clock-hour");
        assertThat(page.clock()).isEqualTo("Thu 10 Dec 2026, 14:00 (Europe/Berlin)");
        page.openDirectMessages().waitForPaneText("Demo is due tomorrow."); // <!date^…^{date_short_pretty}> reads relative to today
        assertThat(page.pane()).contains("Plan Acme rollout · step 2").doesNotContain("<!date").doesNotContain(":hourglass");
        page.screenshot("status-1-due-soon-dm");

        // Thu 17 Dec: overdue since Friday; the status check is not due before Fri 18 Dec, 09:00 in New York.
        page.moveClockAndSweep("clock-week");
        page.waitForPaneText("Demo was due Dec 11, 2026 and is 6 days overdue");
        page.openChannel("acme-northwind");
        assertThat(page.pane()).doesNotContain("where does it stand?");

        // Mon 21 Dec, 09:00: a week and a weekend past the due date, the question is in the card's thread.
        page.moveClockAndSweep("clock-monday").waitForCardThreadReply("where does it stand?");
        String question = page.cardThreadReply("where does it stand?");
        assertThat(question).contains("🔍 @Casey Customer Demo was due Dec 11, 2026 — where does it stand?").doesNotContain("<@");
        assertThat(page.buttonsOfCardThreadReply("where does it stand?")).containsExactly("Done", "New date", "Blocked", "Not needed");
        page.scrollToCardThreadReply("where does it stand?").screenshot("status-2-status-check");

        // Casey answers with a new date: the modal suggests a week from today.
        page.clickOnCardThreadReply("Demo was due", "New date").waitForModal("New date");
        assertThat(page.modalDate("New due date")).isEqualTo("2026-12-28");
        page.fillDate("New due date", "2026-12-30").fillText("Why the new date?", "Our CTO is back on the 30th");
        page.screenshot("status-3-new-date-modal");
        page.submitModal().waitForNoModal().waitForCardThreadReply("moved it to");
        String answered = page.cardThreadReply("moved it to");
        assertThat(answered).contains("Demo was due Dec 11, 2026").contains("Casey Customer moved it to Dec 30, 2026")
                .contains("Our CTO is back on the 30th").doesNotContain("where does it stand?");
        assertThat(page.buttonsOfCardThreadReply("moved it to")).isEmpty();
        page.waitForCardText("Dec 30, 2026").waitForCardText("1 slip");
        page.scrollToCardThreadReply("moved it to").screenshot("status-4-new-date-answered");

        // Mon 4 Jan: the Technical test (week 4, due Fri 25 Dec, owner without Slack) is asked about too; the CTO says done.
        page.moveClockAndSweep("clock-week").moveClockAndSweep("clock-monday").waitForCardThreadReply("Technical test was due");
        assertThat(page.clock()).isEqualTo("Mon 4 Jan 2027, 09:00 (Europe/Berlin)");
        assertThat(page.cardThreadReply("Technical test was due")).contains("Customer – IT lead").contains("where does it stand?");
        page.actAs("Taylor Tech").openChannel("acme-northwind").waitForCardThreadReply("Technical test was due");
        page.clickOnCardThreadReply("Technical test was due", "Done").waitForCardThreadReply("Taylor Tech marked it done");
        assertThat(page.cardThreadReply("Taylor Tech marked it done")).contains("Technical test was due Dec 25, 2026")
                .doesNotContain("where does it stand?");
        assertThat(page.buttonsOfCardThreadReply("Taylor Tech marked it done")).isEmpty();
        page.waitForCardText("2/6 done").waitForCardText("✅ 3. Technical test");
        // The earlier answer stays as it was.
        assertThat(page.cardThreadReply("moved it to")).contains("Casey Customer moved it to Dec 30, 2026");
        page.scrollToCardThreadReply("Taylor Tech marked it done").screenshot("status-5-done-answered");
    }

    @Test
    void load_demo_shows_a_deal_with_done_blocked_and_overdue_steps() {
        SandboxPage page = page().actAs("Casey Customer").openChannel("acme-northwind");
        page.loadDemo().waitForPaneText("4 slips");
        assertThat(page.pane()).contains("✅ 1. Discovery").contains("🔴 2. Demo").contains("overdue")
                .contains("⛔ 3. Technical test").contains("Jordan Price (Finance)").doesNotContain("Discount approval");
        assertThat(browser.findElement(org.openqa.selenium.By.id("demo-transcript")).getText())
                .contains("Step 3 now belongs to @Taylor Tech").doesNotContain("<@").doesNotContain("<!date").doesNotContain(":white_check_mark:");
        page.screenshot("flow-demo");
    }

    private static final String AGREED_BY_BOTH = "🤝 Agreed by @Casey Customer (Acme Corp) and @Sam Seller (Northwind Software)";

    /**
     * The plan made mutual, played from both sides as the two organisations would in Slack: Sam of Northwind proposes,
     * Casey of Acme suggests changes, Sam answers, and later moves a date without asking.
     */
    @Test
    void sam_proposes_casey_suggests_a_later_demo_and_a_legal_step_sam_accepts_and_later_moves_a_date_without_asking() {
        SandboxPage page = page().actAs("Sam Seller").openChannel("acme-northwind");
        page.typeCommand("/map new Acme rollout with enterprise").waitForCardText("0/6 done");
        page.typeCommand("/map add Discount approval internal").waitForCardText("Not agreed with Acme Corp yet");

        // Casey arrives in the Slack Connect channel: a welcome only she sees, with the plan and never its internal step.
        page.actAs("Casey Customer").openChannel("acme-northwind").joinSharedChannel()
                .waitForPaneText("Welcome, @Casey Customer! This channel runs the mutual action plan Acme rollout");
        assertThat(page.pane()).contains("Only visible to you").contains("Review and agree").doesNotContain("Discount approval");
        page.screenshot("handshake-1-welcome");

        // Sam asks Acme to agree.
        page.actAs("Sam Seller").openChannel("acme-northwind").typeCommand("/map propose")
                .waitForPaneText("Does this work for Acme Corp?");
        page.waitForCardText("Proposed to Acme Corp");

        // Casey suggests a later demo, with a reason, and adds a legal step for Acme.
        page.actAs("Casey Customer").openChannel("acme-northwind").waitForPaneText("Does this work for Acme Corp?");
        assertThat(page.pane()).doesNotContain("Discount approval");
        page.clickOnMessage("Does this work for Acme Corp?", "Suggest changes").waitForModal("Review the plan");
        assertThat(page.modalDateOfStep("Demo", "Date")).isEqualTo("2026-12-11");
        page.fillDateOfStep("Demo", "Date", "2026-12-18")
                .fillTextOfStep("Demo", "Comment or reason", "Our CFO joins the demo; she is back on the 18th")
                .fillText("Step 1", "Legal review").pickPerson("Who does it (in Slack)", "Lee Legal")
                .fillDate("By when", "2027-01-08");
        page.screenshot("handshake-2-review");
        AxeAudit.assertNoViolations(browser, "the sandbox showing the review of the plan");
        page.submitModal().waitForNoModal().waitForCardThreadReply("reviewed the plan");
        assertThat(page.cardThreadReply("reviewed the plan")).contains("1 proposal").contains("1 new step on their side");
        page.waitForCardText("Legal review").waitForCardText("New date proposed: Dec 18, 2026 (was Dec 11, 2026), by @Casey Customer");

        // Sam accepts the date: the plan is agreed by both, and the demo's slip is an agreed one.
        page.actAs("Sam Seller").openChannel("acme-northwind").waitForCardText("New date proposed: Dec 18, 2026");
        page.clickStepButton("Demo", "Accept").waitForCardText(AGREED_BY_BOTH);
        assertThat(page.card()).contains("1 slip, 7 days").contains("due Dec 18, 2026 · 🤝 agreed")
                .doesNotContain("New date proposed");
        page.waitForPaneText("Agreed by @Casey Customer"); // the request shows the agreement, without its buttons
        page.screenshot("handshake-3-agreed-by-both");

        // Later Sam moves the technical test without asking: the New date form's checkbox.
        page.moveClock("clock-day");
        page.pickFromStepMenu("Technical test", "New date").waitForModal("New date");
        assertThat(page.modalDate("New due date")).isEqualTo("2026-12-25");
        page.fillDate("New due date", "2027-01-08").fillText("Why is it moving?", "Our test licences arrive late")
                .tick("Without asking", "Change it now, without their agreement (shown as a unilateral change)");
        page.screenshot("handshake-4-without-asking");
        AxeAudit.assertNoViolations(browser, "the sandbox showing the New date form with its checkbox");
        page.submitModal().waitForNoModal().waitForCardText("changed without agreement");
        assertThat(page.card()).contains("Changed since agreement").contains("step 3 (date, without agreement)")
                .contains("due Jan 8, 2027 · ⚠️ changed without agreement (agreed Dec 25, 2026)");
        page.screenshot("handshake-5-unilateral-card");

        page.typeCommand("/map history 3").waitForPaneText("History of step 3");
        assertThat(page.pane()).contains("changed the agreed date without the other side's agreement: 2026-12-25 → 2027-01-08")
                .contains("Our test licences arrive late");
        page.screenshot("handshake-6-history");
        AxeAudit.assertNoViolations(browser, "the sandbox showing the agreed plan and its history");

        page.typeCommand("/map share").waitForPaneText("Read-only link");
        var links = browser.findElements(By.cssSelector("#pane a[href*='/p/']"));
        assertThat(links).as("a share link in the pane").isNotEmpty();
        browser.get(links.get(links.size() - 1).getAttribute("href"));
        String share = browser.findElement(By.tagName("body")).getText();
        assertThat(share).contains("Technical test").contains("8 Jan 2027").contains("Legal review").doesNotContain("Discount approval")
                .contains("Changed without agreement").contains("changed without the other organisation's agreement");
        new SandboxPage(browser).screenshot("handshake-7-share-page");
    }

    /**
     * A page of another origin open in the same browser posts to the sandbox the ways browsers let any page post
     * without asking first (text/plain, a multipart form); the sandbox does none of it.
     */
    @Test
    void a_page_from_another_origin_cannot_move_the_clock_run_a_command_or_reset_the_sandbox() throws Exception {
        long version = sandbox.state("U0SELLER").get("version").getAsLong();
        String target = sandbox.baseUrl();
        String attack = "<!doctype html><title>waiting</title><script>"
                + "const text = (path, body) => fetch('" + target + "' + path, {method: 'POST', mode: 'no-cors',"
                + " headers: {'Content-Type': 'text/plain'}, body});"
                + "const form = new FormData(); form.append('file', new Blob(['<script>alert(1)</scr' + 'ipt>'], {type: 'text/html'}), 'x.html');"
                + "Promise.all([text('/sandbox/clock', '{\"move\":\"week\"}'),"
                + " text('/sandbox/command', '{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map help\"}'),"
                + " fetch('" + target + "/sandbox/reset', {method: 'POST', mode: 'no-cors', body: form})])"
                + ".then(() => document.title = 'sent', e => document.title = 'failed ' + e);</script>";
        com.sun.net.httpserver.HttpServer elsewhere = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] page = attack.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        elsewhere.start();
        try {
            browser.get("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
            new SandboxPage(browser).waitUntil("the other page's requests were answered", () -> !browser.getTitle().equals("waiting"));
        } finally {
            elsewhere.stop(0);
        }

        assertThat(browser.getTitle()).isEqualTo("sent");
        assertThat(sandbox.clock().instant()).isEqualTo(RunningSandbox.START);
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("appRequests")).isEmpty();
        assertThat(sandbox.state("U0SELLER").get("version").getAsLong()).isEqualTo(version);
    }

    private static final String BLOCK_KIT_SAMPLE = """
            {"channel":"C0SHARED","text":"Acme Corp rollout","blocks":[
              {"type":"header","text":{"type":"plain_text","text":"Acme Corp rollout"}},
              {"type":"context","elements":[{"type":"mrkdwn","text":"Owner <@U0SELLER> · target <!date^1796126400^{date_short_pretty}|2026-12-01>"}]},
              {"type":"section","block_id":"step-1","text":{"type":"mrkdwn","text":":white_check_mark: *Discovery call* _week 1_ ~old~ `code` <https://example.com|link> a &lt; b &amp; c"},
               "accessory":{"type":"overflow","action_id":"step_menu","options":[{"text":{"type":"plain_text","text":"Reassign"},"value":"reassign"},
                 {"text":{"type":"plain_text","text":"Comment"},"value":"comment"}]}},
              {"type":"section","fields":[{"type":"mrkdwn","text":"*Owner*\\n<@U0CUSTOMER>"},{"type":"mrkdwn","text":"*Due*\\nFri"}]},
              {"type":"divider"},
              {"type":"actions","block_id":"step-1-actions","elements":[
                {"type":"button","action_id":"step_done","value":"1","style":"primary","text":{"type":"plain_text","text":"Done"}},
                {"type":"button","action_id":"step_blocked","value":"1","style":"danger","text":{"type":"plain_text","text":"Blocked"}},
                {"type":"datepicker","action_id":"step_date","initial_date":"2026-12-04"},
                {"type":"static_select","action_id":"step_status","placeholder":{"type":"plain_text","text":"Status"},
                 "options":[{"text":{"type":"plain_text","text":"In progress"},"value":"in_progress"}]},
                {"type":"users_select","action_id":"step_owner","placeholder":{"type":"plain_text","text":"Owner"}}]}
            ]}""";

    @Test
    void the_sandbox_passes_axe_core_wcag_21_aa_with_a_deal_and_the_help_on_screen() {
        SandboxPage page = page().loadDemo().waitForPaneText("4 slips");
        AxeAudit.assertNoViolations(browser, "the sandbox showing the demo deal");

        page.actAs("Sam Seller").openChannel("acme-northwind").typeCommand("/map help")
                .waitForPaneText("MAP Bot keeps this deal's mutual action plan");
        AxeAudit.assertNoViolations(browser, "the sandbox showing /map help");
    }
}
