package org.mapbot.reminder.domain;

import static org.mapbot.time.WorkingDays.addWorkingDays;
import static org.mapbot.time.WorkingDays.isWorkingDay;
import static org.mapbot.time.WorkingDays.nextWorkingDay;
import static org.mapbot.time.WorkingDays.previousWorkingDay;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When reminders are sent, in the recipient's local time and working days (Monday to Friday).
 *
 * <p>Step reminders go out at {@link #SEND_TIME} local time on a working day:
 * <ul>
 *   <li>{@code DUE_SOON}: {@code leadDays} working days before the due date (a weekend due date counts
 *       back from the Friday: due Saturday, lead 2 = Thursday).</li>
 *   <li>{@code DUE_TODAY}: on the due date; a weekend due date moves back to the Friday before.</li>
 *   <li>{@code OVERDUE}: the first working day after the due date.</li>
 *   <li>{@code STATUS_CHECK}: seven calendar days after the due date, moved on to Monday from a weekend.</li>
 *   <li>{@code NO_ANSWER}: two working days after the status check was posted.</li>
 *   <li>{@code DIGEST}: the next Monday strictly after a given instant.</li>
 *   <li>{@code PROPOSAL}: two working days of the answering side's time after the proposal was made
 *       ({@link #proposalReminderAt}).</li>
 * </ul>
 *
 * <p>Nothing is sent outside the quiet window, {@link #WINDOW_OPENS}–{@link #WINDOW_CLOSES} local time
 * on a working day (both ends allowed). See {@link #clampToQuietWindow} for how a planned time outside it
 * moves, and {@link #earliestSendAt} for a reminder that comes due outside it (late, after downtime).
 *
 * <p>Local times are built with {@link ZonedDateTime#of}, so 09:00 stays 09:00 on both sides of a
 * daylight-saving switch.
 */
public final class ReminderTiming {

    public static final LocalTime SEND_TIME = LocalTime.of(9, 0);
    public static final LocalTime WINDOW_OPENS = LocalTime.of(8, 0);
    public static final LocalTime WINDOW_CLOSES = LocalTime.of(18, 0);
    public static final int DEFAULT_LEAD_DAYS = 2;
    public static final int STATUS_CHECK_AFTER_DAYS = 7;
    public static final int NO_ANSWER_AFTER_WORKING_DAYS = 2;
    public static final int PROPOSAL_AFTER_WORKING_DAYS = 2;

    private ReminderTiming() {
    }

    /** When a step reminder goes out at the usual {@link #SEND_TIME}. */
    public static Instant sendAt(ReminderKind kind, LocalDate dueDate, ZoneId zone, int leadDays) {
        return sendAt(kind, dueDate, zone, leadDays, SEND_TIME);
    }

    /**
     * When a step reminder goes out at {@code timeOfDay} local time, moved into the quiet window.
     * {@code leadDays} only matters for {@code DUE_SOON}.
     *
     * @throws IllegalArgumentException for kinds not tied to a due date ({@code NO_ANSWER}, {@code DIGEST}, {@code PROPOSAL}),
     *         or a negative lead
     */
    public static Instant sendAt(ReminderKind kind, LocalDate dueDate, ZoneId zone, int leadDays, LocalTime timeOfDay) {
        if (leadDays < 0) {
            throw new IllegalArgumentException("Lead days cannot be negative, got " + leadDays);
        }
        LocalDate day = switch (kind) {
            case DUE_SOON -> previousWorkingDay(addWorkingDays(dueDate, -leadDays));
            case DUE_TODAY -> previousWorkingDay(dueDate);
            case OVERDUE -> nextWorkingDay(dueDate.plusDays(1));
            case STATUS_CHECK -> nextWorkingDay(dueDate.plusDays(STATUS_CHECK_AFTER_DAYS));
            case NO_ANSWER, DIGEST, PROPOSAL -> throw new IllegalArgumentException(kind + " does not follow from a due date");
        };
        return clampToQuietWindow(ZonedDateTime.of(day, timeOfDay, zone), kind.isBeforeDeadline());
    }

    /** When to chase an unanswered status check: two working days after it was posted, 09:00 local. */
    public static Instant noAnswerAt(Instant statusCheckPostedAt, ZoneId zone) {
        LocalDate posted = statusCheckPostedAt.atZone(zone).toLocalDate();
        LocalDate day = addWorkingDays(posted, NO_ANSWER_AFTER_WORKING_DAYS);
        return ZonedDateTime.of(day, SEND_TIME, zone).toInstant();
    }

    /**
     * When an unanswered proposal is reminded: once two working days of the answering side have passed, at the same
     * local time of day it was made. Thursday 15:00 → Monday 15:00 (Thursday to Friday 15:00 is one working day,
     * Friday to Monday 15:00 the second). Time outside their working hours does not count: a proposal made in the
     * evening or at the weekend counts from the next 08:00 on a working day (Thursday 20:00 → Tuesday 08:00,
     * Saturday → Wednesday 08:00), so the reminder always falls inside the quiet window.
     */
    public static Instant proposalReminderAt(Instant proposedAt, ZoneId zone) {
        ZonedDateTime counting = clampToQuietWindow(proposedAt.atZone(zone), false).atZone(zone);
        LocalDate day = addWorkingDays(counting.toLocalDate(), PROPOSAL_AFTER_WORKING_DAYS);
        return ZonedDateTime.of(day, counting.toLocalTime(), zone).toInstant();
    }

    /** The first Monday 09:00 in the plan's time zone strictly after {@code after}. */
    public static Instant nextDigestAt(Instant after, ZoneId planZone) {
        LocalDate monday = after.atZone(planZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZonedDateTime candidate = ZonedDateTime.of(monday, SEND_TIME, planZone);
        if (!candidate.toInstant().isAfter(after)) {
            candidate = ZonedDateTime.of(monday.plusWeeks(1), SEND_TIME, planZone);
        }
        return candidate.toInstant();
    }

    /**
     * Moves a wanted send time into the quiet window of its own zone. Before-deadline reminders move
     * earlier, to the latest allowed moment before: 18:00 the same day if it is a working day and the
     * time is after 18:00, otherwise 18:00 on the previous working day. All others move later, to the
     * earliest allowed moment after: 08:00 the same day if it is a working day and the time is before
     * 08:00, otherwise 08:00 on the next working day. A time already inside is kept.
     */
    public static Instant clampToQuietWindow(ZonedDateTime wanted, boolean beforeDeadline) {
        LocalDate day = wanted.toLocalDate();
        LocalTime time = wanted.toLocalTime();
        ZoneId zone = wanted.getZone();
        boolean workingDay = isWorkingDay(day);
        if (workingDay && !time.isBefore(WINDOW_OPENS) && !time.isAfter(WINDOW_CLOSES)) {
            return wanted.toInstant();
        }
        if (beforeDeadline) {
            LocalDate earlier = workingDay && time.isAfter(WINDOW_CLOSES) ? day : previousWorkingDay(day.minusDays(1));
            return ZonedDateTime.of(earlier, WINDOW_CLOSES, zone).toInstant();
        }
        LocalDate later = workingDay && time.isBefore(WINDOW_OPENS) ? day : nextWorkingDay(day.plusDays(1));
        return ZonedDateTime.of(later, WINDOW_OPENS, zone).toInstant();
    }

    /**
     * The earliest moment from {@code now} that a due reminder may reach someone in {@code zone}: now when it
     * is inside the quiet window, otherwise the moment the next window opens ({@link #WINDOW_OPENS} on the
     * next working day, or the same day before it opens). Planned times are always inside the window, but a
     * reminder that comes due while the app is down, or whose retries run past the evening, is found by the
     * sweep at any hour: it waits for the recipient's working hours rather than arriving at night or on a weekend.
     */
    public static Instant earliestSendAt(Instant now, ZoneId zone) {
        return clampToQuietWindow(now.atZone(zone), false);
    }

    /**
     * Whether a reminder that could not be sent on time (say, after downtime) is still worth sending.
     * A due-soon reminder is pointless once the due date has begun, and a due-today reminder once the
     * due date has ended, both in the owner's zone. Overdue reminders, status checks, their follow-ups,
     * digests and proposal reminders stay meaningful: the step is still late, the proposal (checked when
     * sending) still open.
     */
    public static boolean stillMeaningful(ReminderKind kind, LocalDate dueDate, Instant now, ZoneId zone) {
        return switch (kind) {
            case DUE_SOON -> now.isBefore(dueDate.atStartOfDay(zone).toInstant());
            case DUE_TODAY -> now.isBefore(dueDate.plusDays(1).atStartOfDay(zone).toInstant());
            case OVERDUE, STATUS_CHECK, NO_ANSWER, DIGEST, PROPOSAL -> true;
        };
    }
}
