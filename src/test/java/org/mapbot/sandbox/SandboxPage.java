package org.mapbot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
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
    /** The demo plays some thirty signed requests, each waiting for what the bot does next: slow on a busy machine. */
    private static final Duration DEMO_PATIENCE = Duration.ofSeconds(120);

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
        retryWhileRedrawn("open " + name, () -> browser.findElement(
                By.xpath("//nav[@id='channels']//a[.//span[@class='name' and normalize-space()='" + name + "']]")).click());
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

    /** Clicks the button labelled {@code label} in the row of the step titled {@code step} on the newest plan card. */
    SandboxPage clickStepButton(String step, String label) {
        retryWhileRedrawn("click " + label + " on " + step, () -> stepActions(step)
                .findElement(By.xpath(".//button[contains(@class,'block-button') and normalize-space()='" + label + "']")).click());
        return this;
    }

    /** Opens the "⋯" menu of the step titled {@code step} on the newest plan card and picks {@code option}. */
    SandboxPage pickFromStepMenu(String step, String option) {
        retryWhileRedrawn("pick " + option + " on " + step, () -> {
            WebElement actions = stepActions(step);
            actions.findElement(By.cssSelector(".overflow-button")).click();
            actions.findElement(By.xpath(".//div[contains(@class,'overflow-menu')]/button[normalize-space()='" + option + "']")).click();
        });
        return this;
    }

    /**
     * The page redraws the pane whenever Slack's state changes (a Home tab published, a card updated), which can replace
     * an element between finding and clicking (or reading) it; a stale element was never clicked, so the gesture is simply
     * repeated.
     */
    private void retryWhileRedrawn(String what, Runnable gesture) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementNotInteractableException.class)
                    .until(driver -> {
                        gesture.run();
                        return true;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("Could not " + what + ": the page kept redrawing", e);
        }
    }

    private WebElement stepActions(String step) {
        String section = "//div[contains(@class,'block-section')][.//strong[contains(normalize-space(),'. " + step + "')]]";
        var rows = browser.findElements(By.xpath(section + "/following-sibling::div[contains(@class,'block-actions')][1]"));
        if (rows.isEmpty()) {
            throw new AssertionError("No step " + step + " with buttons on the page; the pane shows:\n" + safePane());
        }
        return rows.get(rows.size() - 1);
    }

    // ---- messages in the open pane: the plan card and the replies in its thread ----

    private static final String MSG = "contains(concat(' ', normalize-space(@class), ' '), ' msg ')";
    private static final String CARD = "//*[@id='pane']/div[" + MSG + "][./div[contains(@class,'msg-body')]"
            + "/div[contains(@class,'content')]//*[@data-block-id='card-footer']]";

    /** What the newest plan card itself says, without the replies in its thread; empty while there is no card. */
    String card() {
        String[] read = {""};
        retryWhileRedrawn("read the plan card", () -> {
            var cards = browser.findElements(By.xpath(CARD));
            read[0] = cards.isEmpty() ? "" : cards.get(cards.size() - 1)
                    .findElement(By.xpath("./div[contains(@class,'msg-body')]/div[contains(@class,'content')]")).getText();
        });
        return read[0];
    }

    SandboxPage waitForCardText(String text) {
        waitUntil("the plan card shows \"" + text + "\"", () -> card().contains(text));
        return this;
    }

    /** The replies in the newest plan card's thread that contain {@code text}, oldest first. */
    private java.util.List<WebElement> cardThreadReplies(String text) {
        return browser.findElements(By.xpath("(" + CARD + ")[last()]/div[contains(@class,'msg-body')]/div[contains(@class,'thread')]"
                + "/div[" + MSG + "][contains(normalize-space(.), " + literal(text) + ")]"));
    }

    SandboxPage waitForCardThreadReply(String text) {
        waitUntil("the card's thread has a reply with \"" + text + "\"", () -> !cardThreadReplies(text).isEmpty());
        return this;
    }

    /** The text of the newest reply in the card's thread containing {@code text}. */
    String cardThreadReply(String text) {
        String[] read = new String[1];
        retryWhileRedrawn("read the reply " + text, () -> read[0] = newestCardThreadReply(text).getText());
        return read[0];
    }

    /** The labels of the Block Kit buttons on the newest reply in the card's thread containing {@code text}. */
    java.util.List<String> buttonsOfCardThreadReply(String text) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        retryWhileRedrawn("read the buttons of the reply " + text, () -> {
            labels.clear();
            newestCardThreadReply(text).findElements(By.cssSelector("button.block-button")).stream()
                    .map(WebElement::getText).map(String::strip).forEach(labels::add);
        });
        return labels;
    }

    /** Clicks the button labelled {@code label} on the newest reply in the card's thread containing {@code text}. */
    SandboxPage clickOnCardThreadReply(String text, String label) {
        retryWhileRedrawn("click " + label + " on the reply " + text, () -> newestCardThreadReply(text)
                .findElement(By.xpath(".//button[contains(@class,'block-button') and normalize-space()=" + literal(label) + "]")).click());
        return this;
    }

    /** Scrolls the pane so the newest reply in the card's thread containing {@code text} is in the middle, for a screenshot. */
    SandboxPage scrollToCardThreadReply(String text) {
        retryWhileRedrawn("scroll to the reply " + text, () -> ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", newestCardThreadReply(text)));
        return this;
    }

    /** Found afresh on every call: the pane may have been redrawn since the last look. */
    private WebElement newestCardThreadReply(String text) {
        var replies = cardThreadReplies(text);
        if (replies.isEmpty()) {
            throw new AssertionError("No reply with \"" + text + "\" in the card's thread; the pane shows:\n" + safePane());
        }
        return replies.get(replies.size() - 1);
    }

    /** An XPath string literal for any text, quotes included. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** The person's direct messages with the bot. */
    SandboxPage openDirectMessages() {
        return openChannel("MAP Bot");
    }

    SandboxPage waitForModal(String title) {
        waitUntil("the modal " + title + " is open", () -> modalTitle().equals(title));
        return this;
    }

    SandboxPage waitForNoModal() {
        waitUntil("no modal is open", () -> browser.findElements(By.cssSelector("#modal-layer form.modal")).isEmpty());
        return this;
    }

    private String modalTitle() {
        var titles = browser.findElements(By.cssSelector("#modal-layer form.modal .modal-head h2"));
        return titles.isEmpty() ? "" : titles.get(0).getText();
    }

    /** Sets the date picker labelled {@code label} in the open modal; the browser's own date widget is locale-bound. */
    SandboxPage fillDate(String label, String isoDate) {
        WebElement input = modalInput(label, "input[type='date']");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
        return this;
    }

    SandboxPage fillText(String label, String text) {
        WebElement input = modalInput(label, "input.block-text, textarea.block-text");
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Types into the search field of the menu labelled {@code label}, waits for the bot's options and picks one. */
    SandboxPage pickFromSearchMenu(String label, String typed, String optionText) {
        modalInput(label, "input.external-search").sendKeys(typed);
        waitUntil("the menu " + label + " offers " + optionText, () -> modalInput(label, "select").getText().contains(optionText));
        retryWhileRedrawn("pick " + optionText, () -> new Select(modalInput(label, "select")).selectByVisibleText(optionText));
        return this;
    }

    /** Picks the person {@code name} in the people menu labelled {@code label} in the open modal. */
    SandboxPage pickPerson(String label, String name) {
        retryWhileRedrawn("pick " + name, () -> new Select(modalInput(label, "select")).selectByVisibleText(name));
        return this;
    }

    /** Ticks the checkbox {@code option} of the checkboxes labelled {@code label} in the open modal. */
    SandboxPage tick(String label, String option) {
        WebElement box = modalInput(label, ".choices").findElement(By.xpath(".//label[normalize-space()=" + literal(option) + "]/input"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Sets the date picker labelled {@code label} in the row of the step titled {@code step} in the open modal. */
    SandboxPage fillDateOfStep(String step, String label, String isoDate) {
        WebElement input = stepInput(step, label).findElement(By.cssSelector("input[type='date']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
        return this;
    }

    SandboxPage fillTextOfStep(String step, String label, String text) {
        WebElement input = stepInput(step, label).findElement(By.cssSelector("input.block-text, textarea.block-text"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    String modalDateOfStep(String step, String label) {
        return stepInput(step, label).findElement(By.cssSelector("input[type='date']")).getAttribute("value");
    }

    /** A form that lists steps (the review of the plan) has the same fields under each step's line. */
    private WebElement stepInput(String step, String label) {
        return browser.findElement(By.xpath("//div[@id='modal-layer']//div[contains(@class,'block-section')]"
                + "[.//strong[contains(normalize-space(),'. " + step + "')]]/following-sibling::div[contains(@class,'block-input')]"
                + "[./label[starts-with(normalize-space(),'" + label + "')]][1]"));
    }

    /** Clicks the button labelled {@code label} on the newest message in the pane that contains {@code text}. */
    SandboxPage clickOnMessage(String text, String label) {
        retryWhileRedrawn("click " + label + " on the message " + text, () -> {
            var messages = browser.findElements(By.xpath("//*[@id='pane']/div[" + MSG + "][contains(normalize-space(.), " + literal(text) + ")]"));
            if (messages.isEmpty()) {
                throw new AssertionError("No message with \"" + text + "\"; the pane shows:\n" + safePane());
            }
            messages.get(messages.size() - 1).findElement(By.xpath(".//button[contains(@class,'block-button') and normalize-space()="
                    + literal(label) + "]")).click();
        });
        return this;
    }

    /** Acts as the person shown, arriving in the shared channel with the tools column's Slack Connect button. */
    SandboxPage joinSharedChannel() {
        browser.findElement(By.id("arrive")).click();
        return this;
    }

    String modalDate(String label) {
        return modalInput(label, "input[type='date']").getAttribute("value");
    }

    private WebElement modalInput(String label, String css) {
        WebElement block = browser.findElement(By.xpath("//div[@id='modal-layer']//div[contains(@class,'block-input')]"
                + "[./label[starts-with(normalize-space(),'" + label + "')]]"));
        return block.findElement(By.cssSelector(css));
    }

    SandboxPage submitModal() {
        browser.findElement(By.cssSelector("#modal-layer .modal-foot button.submit")).click();
        return this;
    }

    /**
     * Moves the sandbox clock with one of the clock buttons. The sandbox runs the reminder sweep before it answers, so
     * when the page shows the new time, whatever became due (reminders, status checks) has been sent to Slack.
     */
    SandboxPage moveClockAndSweep(String buttonId) {
        return moveClock(buttonId);
    }

    SandboxPage moveClock(String buttonId) {
        String before = clock();
        browser.findElement(By.id(buttonId)).click();
        waitUntil("the clock moved", () -> !clock().equals(before));
        return this;
    }

    /** Plays the scripted deal; waits until the page lists what each step did. */
    SandboxPage loadDemo() {
        browser.findElement(By.id("load-demo")).click();
        waitUntil("the demo has run", DEMO_PATIENCE, () -> {
            String transcript = browser.findElement(By.id("demo-transcript")).getText();
            return !transcript.isBlank() && !transcript.contains("Running");
        });
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
        return SandboxCast.everyone().stream().filter(p -> p.realName().equals(name)).findFirst().orElseThrow().title();
    }

    /** Polls the page every 100 ms until {@code condition} holds, failing with {@code what} after a deadline. */
    void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, PATIENCE, condition);
    }

    private void waitUntil(String what, Duration patience, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, patience, Duration.ofMillis(100))
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
