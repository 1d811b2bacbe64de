package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mapbot.testkit.AxeAudit;
import org.mapbot.testkit.ChromeBrowser;
import org.mapbot.testkit.HeadlessChromium;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mapbot.testkit.RunningApp;
import org.openqa.selenium.chrome.ChromeDriver;

/** The share page as the running app serves it, opened by headless Chromium over HTTP and photographed. */
class ServedSharePageScreenshotTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1400;

    @Test
    void headless_chromium_renders_the_served_share_page_to_a_non_blank_screenshot(@TempDir Path temp) throws Exception {
        assertThat(HeadlessChromium.BINARY).as("Chromium (.ci/run installs Debian's chromium)").isExecutable();
        new Deals(app.plans()).acmeDeal("Acme rollout <b>&</b> co");
        String token = ShareLinkTest.token(app.requests().seller("share").body());
        Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("served-share-page.png").toAbsolutePath();
        BufferedImage image = HeadlessChromium.screenshot(app.baseUrl() + "/p/" + token, png, WIDTH, HEIGHT, temp);
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(HeadlessChromium.distinctColours(image)).as("colours in the picture").isGreaterThan(20);
    }

    @Test
    void the_served_share_page_passes_axe_core_wcag_21_aa(@TempDir Path temp) {
        new Deals(app.plans()).acmeDeal("Acme rollout");
        String token = ShareLinkTest.token(app.requests().seller("share").body());
        ChromeDriver browser = ChromeBrowser.start(temp.resolve("profile"), WIDTH, HEIGHT);
        try {
            browser.get(app.baseUrl() + "/p/" + token);
            AxeAudit.assertNoViolations(browser, "the share page as the app serves it");
        } finally {
            browser.quit();
        }
    }
}
