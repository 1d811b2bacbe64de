package org.mapbot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sandbox page as a person uses it: small steps a browser test reads like a script. */
final class SandboxPage {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver browser;

    SandboxPage(WebDriver browser) {
        this.browser = browser;
    }

    SandboxPage open(String baseUrl) {
        browser.get(baseUrl + "/sandbox");
        waitUntil("the page has loaded the people", () -> !new Select(browser.findElement(By.id("acting-as"))).getOptions().isEmpty());
        return this;
    }

    SandboxPage actAs(String name) {
        new Select(browser.findElement(By.id("acting-as"))).selectByVisibleText(name);
        waitUntil("acting as " + name, () -> workspaceNote().contains(titleOf(name)) || !workspaceNote().isEmpty());
        return this;
    }

    SandboxPage openChannel(String name) {
        browser.findElement(By.xpath("//nav[@id='channels']//a[.//span[@class='name' and normalize-space()='" + name + "']]")).click();
        waitUntil("channel " + name + " is open", () -> browser.findElement(By.id("channel-title")).getText().replace("#", "").equals(name));
        return this;
    }

    SandboxPage openHome() {
        return openChannel("MAP Bot · Home");
    }

    SandboxPage typeCommand(String text) {
        WebElement composer = browser.findElement(By.id("composer"));
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
        return this;
    }

    /** Clicks the newest Block Kit button labelled {@code text} in the pane or the open modal. */
    SandboxPage clickButton(String text) {
        var buttons = browser.findElements(By.xpath("//button[contains(@class,'block-button') and normalize-space()='" + text + "']"));
        if (buttons.isEmpty()) {
            throw new AssertionError("No button labelled " + text + " on the page");
        }
        buttons.get(buttons.size() - 1).click();
        return this;
    }

    SandboxPage moveClock(String buttonId) {
        String before = clock();
        browser.findElement(By.id(buttonId)).click();
        waitUntil("the clock moved", () -> !clock().equals(before));
        return this;
    }

    String clock() {
        return browser.findElement(By.id("clock-now")).getText();
    }

    String pane() {
        return browser.findElement(By.id("pane")).getText();
    }

    SandboxPage waitForPaneText(String text) {
        waitUntil("the pane shows \"" + text + "\"", () -> pane().contains(text));
        return this;
    }

    SandboxPage screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("sandbox-" + name + ".png"), png);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String workspaceNote() {
        return browser.findElement(By.id("workspace-note")).getText();
    }

    private static String titleOf(String name) {
        return SandboxCast.PEOPLE.stream().filter(p -> p.realName().equals(name)).findFirst().orElseThrow().title();
    }

    /** Polls the page every 100 ms until {@code condition} holds, failing with {@code what} after a deadline. */
    void waitUntil(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100))
                    .ignoring(RuntimeException.class) // the page may be redrawing the element just now
                    .until(driver -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what + "; the pane shows:\n" + safePane(), e);
        }
    }

    private String safePane() {
        try {
            return pane();
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
