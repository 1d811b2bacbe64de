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
