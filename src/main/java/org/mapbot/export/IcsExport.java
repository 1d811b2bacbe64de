package org.mapbot.export;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Step;
import org.mapbot.share.PlanDocument;

/**
 * A calendar feed of the open, dated steps: one all-day event per step, so a deadline shows on its day
 * whatever the subscriber's time zone. UIDs are stable per step and SEQUENCE follows the step's version,
 * so a calendar that re-reads the feed moves an event instead of duplicating it.
 */
public final class IcsExport {
    private final String deploymentDomain;

    /** {@code publicUrl} is the app's PUBLIC_URL; its host names this deployment in every event's UID. */
    public IcsExport(String publicUrl) {
        String host = URI.create(publicUrl).getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The public URL has no host: " + publicUrl);
        }
        this.deploymentDomain = host.toLowerCase(Locale.ROOT);
    }

    public String render(PlanDocument document) {
        var plan = document.plan();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//MAP Bot//Mutual action plan//EN");
        // X-WR-CALNAME is what Google, Apple and Outlook show as the subscribed calendar's name.
        calendar.setExperimentalProperty("X-WR-CALNAME", plan.title() + " — mutual action plan");
        for (Step step : document.steps()) {
            if (step.isOpen() && step.dueDate() != null) {
                calendar.addEvent(event(document, step));
            }
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * Globally unique (RFC 5545 §3.8.4.7), so feeds of two workspaces or two MAP Bot deployments can share one calendar
     * without overwriting each other's events: a step id is unique only in this deployment's database, so the UID adds
     * the workspace's team id and, on the right as the RFC recommends, a domain name, the host of this deployment's
     * public URL. Nothing in it changes when the step does.
     */
    String uid(Plan plan, Step step) {
        return "step-" + step.id() + "." + plan.teamId() + "@" + deploymentDomain;
    }

    private VEvent event(PlanDocument document, Step step) {
        VEvent event = new VEvent();
        event.setUid(uid(document.plan(), step));
        // DTSTAMP is when the information last changed, not when the feed was built, so the output is stable.
        Instant changed = step.updatedAt() != null ? step.updatedAt() : document.plan().updatedAt();
        event.setDateTimeStamp(Date.from(changed != null ? changed : document.today().atStartOfDay().toInstant(ZoneOffset.UTC)));
        event.setSequence(step.version());
        event.setSummary(step.title() + " — " + document.plan().title());
        event.setDescription("Owner: " + document.ownerLabel(step) + "\n"
                + "Side: " + step.side().label() + "\n"
                + "Status: " + step.status().label() + "\n"
                + "Step " + step.position() + " of the mutual action plan" + withCustomer(document.plan()) + ".");
        event.setDateStart(new DateStart(allDay(step.dueDate())));
        event.setDateEnd(new DateEnd(allDay(step.dueDate().plusDays(1))));
        event.setTransparency(true);
        return event;
    }

    private static String withCustomer(Plan plan) {
        String customer = plan.customerName();
        return customer == null || customer.isBlank() ? "" : " with " + customer;
    }

    /** A date without time (VALUE=DATE); biweekly reads its fields in the JVM's default zone. */
    private static ICalDate allDay(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return new ICalDate(calendar.getTime(), false);
    }
}
