package org.mapbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Debian's Chromium, headless, taking a real screenshot of a page: proof that a page renders, not just that it exists. */
public final class HeadlessChromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Screenshots {@code url} at the given size into {@code png} and returns the picture, checked to be a real image. */
    public static BufferedImage screenshot(String url, Path png, int width, int height, Path workDir)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(List.of(BINARY.toString(),
                // No network beyond localhost here: Chromium's background services must stay off.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(workDir, "profile"),
                "--window-size=" + width + "," + height, "--screenshot=" + png, url))
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("chromium.log").toFile())
                .start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly();
        }
        assertThat(finished).as("Chromium finished in time").isTrue();
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO can read").isNotNull();
        return image;
    }

    /** How many colours a picture has (sampled): a blank or single-colour page has very few. */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
