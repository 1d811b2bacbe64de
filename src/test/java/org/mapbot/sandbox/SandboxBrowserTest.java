package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mapbot.testkit.RunningSandbox;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The sandbox in Debian's headless Chromium, driven as a person would drive it. Screenshots go to target/screenshots. */
class SandboxBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @TempDir
    static Path profile;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,900", "--user-data-dir=" + profile.toAbsolutePath());
        // The driver is named explicitly so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
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

    @Test
    void load_demo_shows_a_deal_with_done_blocked_and_overdue_steps() {
        SandboxPage page = page().actAs("Casey Customer").openChannel("acme-northwind");
        page.loadDemo().waitForPaneText("2 slips");
        assertThat(page.pane()).contains("✅ 1. Discovery").contains("🔴 2. Demo").contains("overdue")
                .contains("⛔ 3. Technical test").contains("Jordan Price (Finance)").doesNotContain("Discount approval");
        assertThat(browser.findElement(org.openqa.selenium.By.id("demo-transcript")).getText())
                .contains("Step 3 now belongs to @Taylor Tech").doesNotContain("<@").doesNotContain("<!date").doesNotContain(":white_check_mark:");
        page.screenshot("flow-demo");
    }

    private static final String BLOCK_KIT_SAMPLE = """
            {"channel":"C0SHARED","text":"Acme Corp rollout","blocks":[
              {"type":"header","text":{"type":"plain_text","text":"Acme Corp rollout"}},
              {"type":"context","elements":[{"type":"mrkdwn","text":"Owner <@U0SELLER> · target <!date^1796126400^{date_short_pretty}|2026-12-01>"}]},
              {"type":"section","block_id":"step-1","text":{"type":"mrkdwn","text":":white_check_mark: *Discovery call* _week 1_ ~old~ `code` <https://example.com|link> a &lt; b &amp; c"},
               "accessory":{"type":"overflow","action_id":"step_menu","options":[{"text":{"type":"plain_text","text":"Reassign"},"value":"reassign"}]}},
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
}
