package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mapbot.testkit.AxeAudit;
import org.mapbot.testkit.ChromeBrowser;
import org.mapbot.testkit.HeadlessChromium;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** Renders the share page in a real browser, so layout breakage shows up as a failed or blank picture. */
class SharePageScreenshotTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1600;

    @Test
    void headless_chromium_renders_the_share_page_to_a_non_blank_screenshot(@TempDir Path temp) throws Exception {
        assertThat(HeadlessChromium.BINARY).as("Chromium (.ci/run installs Debian's chromium)").isExecutable();
        Path html = temp.resolve("share.html");
        Files.writeString(html, SharePageView.render(SamplePlans.document()), StandardCharsets.UTF_8);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = shots.resolve("share-page.png").toAbsolutePath();
        BufferedImage image = HeadlessChromium.screenshot(html.toUri().toString(), png, WIDTH, HEIGHT, temp);
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(HeadlessChromium.distinctColours(image)).as("colours in the picture").isGreaterThan(20);
    }

    @Test
    void the_share_page_passes_axe_core_wcag_21_aa(@TempDir Path temp) throws Exception {
        Path html = temp.resolve("share.html");
        Files.writeString(html, SharePageView.render(SamplePlans.document()), StandardCharsets.UTF_8);
        ChromeDriver browser = ChromeBrowser.start(temp.resolve("profile"), WIDTH, HEIGHT);
        try {
            browser.get(html.toUri().toString());
            AxeAudit.assertNoViolations(browser, "the share page of a deal with done, overdue, blocked and cancelled steps");
        } finally {
            browser.quit();
        }
    }
}
