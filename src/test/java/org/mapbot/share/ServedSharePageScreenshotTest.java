package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mapbot.testkit.RunningApp;

/** The share page as the running app serves it, opened by headless Chromium over HTTP and photographed. */
class ServedSharePageScreenshotTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1400;

    @Test
    void headless_chromium_renders_the_served_share_page_to_a_non_blank_screenshot(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        new Deals(app.mapBot().planService()).acmeDeal("Acme rollout <b>&</b> co");
        String token = ShareLinkTest.token(app.requests().seller("share").body());
        Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("served-share-page.png").toAbsolutePath();
        Files.deleteIfExists(png);

        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, app.baseUrl() + "/p/" + token))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("chromium.log").toFile())
                .start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly();
        }

        assertThat(finished).as("Chromium finished in time").isTrue();
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO can read").isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(distinctColours(image)).as("colours in the picture").isGreaterThan(20);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
