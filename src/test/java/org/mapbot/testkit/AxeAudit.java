package org.mapbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page a browser shows, against the WCAG 2.1 A and AA rules and Deque's best practices (which
 * hold the landmark rules: two unnamed asides are one of them); its findings read as a list.
 */
public final class AxeAudit {
    public static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private AxeAudit() {
    }

    /** One line per rule broken, then one per element breaking it: what, how bad, where, and why. */
    public static List<String> violations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(RULE_TAGS).analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran: %s", results.getErrorMessage()).isFalse();
        return results.getViolations().stream().map(AxeAudit::describe).toList();
    }

    public static void assertNoViolations(WebDriver browser, String page) {
        assertThat(violations(browser)).as("violations (WCAG 2.1 A/AA, best practice) that axe-core finds on %s", page).isEmpty();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                .append(" — ").append(rule.getHelpUrl());
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n      at ").append(node.getTarget()).append(": ").append(node.getHtml())
                    .append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
        }
        return text.toString();
    }
}
