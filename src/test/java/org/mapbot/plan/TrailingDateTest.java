package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.STEP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** The last {@code by <date>} of {@code /map add} is the due date, as the date grammar says; earlier ones are the title's. */
class TrailingDateTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private String title() {
        return app.dsl().select(STEP.TITLE).from(STEP).fetchSingle(STEP.TITLE);
    }

    private LocalDate due() {
        return app.dsl().select(STEP.DUE_DATE).from(STEP).fetchSingle(STEP.DUE_DATE);
    }

    @Test
    void review_by_legal_by_friday_is_due_friday() {
        app.requests().seller("new Acme rollout");

        assertThat(app.requests().seller("add Review by legal by friday").body()).contains("Added step 1");

        assertThat(title()).isEqualTo("Review by legal");
        assertThat(due()).isEqualTo(LocalDate.of(2026, 12, 4)); // Monday 30 November → Friday 4 December
    }

    @Test
    void a_number_in_an_earlier_by_is_part_of_the_title() {
        app.requests().seller("new Acme rollout");

        assertThat(app.requests().seller("add Sign-off by 2 people by friday").body()).contains("Added step 1");

        assertThat(title()).isEqualTo("Sign-off by 2 people");
        assertThat(due()).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
