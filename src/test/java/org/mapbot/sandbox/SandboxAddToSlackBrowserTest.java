package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mapbot.testkit.ChromeBrowser;
import org.mapbot.testkit.RunningSandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** "Add to Slack" from the sandbox page in Debian's headless Chromium, through the same pages a person clicks through. */
class SandboxAddToSlackBrowserTest {
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

    @Test
    void add_to_slack_then_allow_brings_globex_whose_plan_shows_on_its_card_and_home_but_never_on_northwinds() {
        SandboxPage page = new SandboxPage(browser).open(sandbox.baseUrl());
        page.actAs("Sam Seller").openChannel("acme-northwind").typeCommand("/map new Acme rollout with enterprise").waitForPaneText("0/6 done");
        String sandboxTab = browser.getWindowHandle();

        browser.findElement(By.id("add-to-slack")).click();
        page.waitUntil("the install flow opens in a tab of its own", () -> browser.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(sandboxTab)).findFirst().orElseThrow());
        page.waitUntil("the app's install page", () -> body().contains("Add MAP Bot to Slack"));
        browser.findElement(By.cssSelector("a.button")).click();
        page.waitUntil("Slack's consent page", () -> body().contains("Install MAP Bot in"));
        assertThat(new Select(browser.findElement(By.id("team"))).getFirstSelectedOption().getText()).isEqualTo("Globex Sales");
        page.screenshot("add-to-slack-consent");
        browser.findElement(By.id("allow")).click();
        page.waitUntil("the app's success page", () -> body().contains("MAP Bot is installed in Globex Sales"));
        browser.close();
        browser.switchTo().window(sandboxTab);

        page.waitUntil("Globex's people can be acted as", () -> browser.findElement(By.id("acting-as")).getText().contains("Gina Globex"));
        assertThat(browser.findElement(By.id("workspace-list")).getText()).contains("Globex Sales · installed");
        page.actAs("Gina Globex").openChannel("initech-globex").typeCommand("/map new Initech rollout with enterprise")
                .waitForPaneText("0/6 done");
        assertThat(page.pane()).contains("Initech rollout").doesNotContain("Acme rollout");
        assertThat(browser.findElement(By.id("channels")).getText()).doesNotContain("acme-northwind");
        page.openHome().waitForPaneText("My plans").waitForPaneText("Initech rollout").screenshot("globex-home");
        assertThat(page.pane()).doesNotContain("Acme rollout");

        page.actAs("Sam Seller").openHome().waitForPaneText("My plans").waitForPaneText("Acme rollout");
        assertThat(page.pane()).doesNotContain("Initech rollout");
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("apiCalls").toString()).doesNotContain("\"unexpected\":true");
    }

    private static String body() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
