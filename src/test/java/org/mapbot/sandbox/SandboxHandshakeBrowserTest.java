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

/**
 * The plan made mutual, played from both sides in the sandbox page as the two organisations would in Slack: Sam of
 * Northwind proposes, Casey of Acme suggests changes, Sam answers, and later moves a date without asking.
 */
class SandboxHandshakeBrowserTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @TempDir
    static Path profile;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = ChromeBrowser.start(profile, 1440, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static final String AGREED_BY_BOTH = "🤝 Agreed by @Casey Customer (Acme Corp) and @Sam Seller (Northwind Software)";

    @Test
    void sam_proposes_casey_suggests_a_later_demo_and_a_legal_step_sam_accepts_and_later_moves_a_date_without_asking() {
        SandboxPage page = new SandboxPage(browser).open(sandbox.baseUrl()).actAs("Sam Seller").openChannel("acme-northwind");
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
        assertThat(share).contains("Technical test").contains("Legal review").doesNotContain("Discount approval");
        new SandboxPage(browser).screenshot("handshake-7-share-page");
    }
}
