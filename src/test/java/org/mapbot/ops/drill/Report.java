package org.mapbot.ops.drill;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.mapbot.testkit.DebianPostgres;
import org.mapbot.testkit.FakeSlack;

/** What the drill found in the database and in the Slack stand-in, checked and printed. */
record Report(int steps, int done, String card, int remindersDue, int remindersSent, int remindersSkipped,
              int remindersLeft, int reminderPosts, int doubledSteps, int unacknowledgedApplied) {

    static Report check(DebianPostgres db, FakeSlack slack, TwoInstancesDrill.Drive drive, int due, List<String> failures)
            throws SQLException {
        for (String title : drive.acknowledgedAdds) {
            int rows = TwoInstancesDrill.count(db, "select count(*) from step where title = '" + title + "'");
            if (rows != 1) {
                failures.add("acknowledged '" + title + "' is in the database " + rows + " times");
            }
        }
        for (String title : drive.acknowledgedDones) {
            if (TwoInstancesDrill.count(db, "select count(*) from step where status = 'done' and title = '" + title + "'") != 1) {
                failures.add("acknowledged Done on '" + title + "' is not in the database");
            }
            int events = TwoInstancesDrill.count(db, "select count(*) from plan_event e join step s on s.id = e.step_id "
                    + "where e.kind = 'status' and s.title = '" + title + "'");
            if (events != 1) {
                failures.add("Done on '" + title + "' is in the history " + events + " times");
            }
        }
        int doubled = TwoInstancesDrill.count(db, "select count(*) from (select title from step group by plan_id, title having count(*) > 1) d");
        if (doubled > 0) {
            failures.add(doubled + " step titles are in the database more than once");
        }
        int drillSteps = TwoInstancesDrill.count(db, "select count(*) from step where title like 'Drill step %'");
        int unacknowledged = drillSteps - drive.acknowledgedAdds.size();

        int steps = TwoInstancesDrill.count(db, "select count(*) from step where status <> 'cancelled'");
        int done = TwoInstancesDrill.count(db, "select count(*) from step where status = 'done'");
        String expected = done + "/" + steps + " done";
        String last = slack.calls("chat.update").stream().filter(FakeSlack::isPlanCard).reduce((a, b) -> b)
                .map(c -> c.get("blocks")).orElse("");
        if (!last.contains(expected)) {
            failures.add("the last card sent does not show " + expected);
        }
        if (TwoInstancesDrill.count(db, "select count(*) from plan where published_version < version") > 0) {
            failures.add("a plan change never reached the card");
        }

        int sent = TwoInstancesDrill.count(db, "select count(*) from reminder where state = 'sent' and message_ts is not null");
        int skipped = TwoInstancesDrill.count(db, "select count(*) from reminder where state = 'skipped'");
        int left = TwoInstancesDrill.count(db, "select count(*) from reminder where state in ('pending', 'sending') "
                + "and next_attempt_at <= now()");
        int posts = slack.callsBesidesCard("chat.postMessage").size();
        if (posts != sent) {
            failures.add(sent + " reminders recorded as sent, " + posts + " reminder messages posted to Slack");
        }
        if (left > 0) {
            failures.add(left + " due reminders were never sent");
        }
        return new Report(steps, done, last.contains(expected) ? "matches (" + expected + ")" : "DIFFERS (expected " + expected + ")",
                due, sent, skipped, left, posts, doubled, unacknowledged);
    }

    void print(double trafficSeconds, Duration takeover, TwoInstancesDrill.Drive drive) {
        double errorWindow = drive.firstErrorNanos == 0 ? 0 : (drive.lastErrorNanos - drive.firstErrorNanos) / 1e9;
        System.out.printf("""
                Two instances behind nginx, one SIGKILLed midway
                  requests through nginx      %d in %.1f s (commands and Done clicks)
                  answered 200                %d (adds %d, Done clicks %d, plus the plan)
                  5xx answers                 %d; other failures %d; errors spanned %.1f s
                  changes in the database     %d steps, %d done; doubled %d; applied without an answer %d
                  card                        %s
                  reminders due during drill  %d: sent %d (posted to Slack %d), skipped %d, left unsent %d
                  time to take over           %s (until the survivor removed the dead instance from Quartz's cluster)
                """, drive.sent, trafficSeconds, drive.sent - drive.serverErrors - drive.otherErrors,
                drive.acknowledgedAdds.size(), drive.acknowledgedDones.size(), drive.serverErrors, drive.otherErrors, errorWindow,
                steps, done, doubledSteps, unacknowledgedApplied, card, remindersDue, remindersSent, reminderPosts,
                remindersSkipped, remindersLeft, takeover == null ? "not seen" : String.format("%.1f s", takeover.toMillis() / 1000.0));
    }
}
