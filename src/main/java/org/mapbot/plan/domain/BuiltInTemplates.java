package org.mapbot.plan.domain;

import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Template.TemplateStep;

/** The two plans from practice every workspace starts with. */
public final class BuiltInTemplates {
    public static final Template ENTERPRISE = new Template("enterprise", "7 weeks, from discovery to signing", List.of(
            week("Discovery", Side.CUSTOMER, "Customer – Champion", 1),
            week("Demo", Side.CUSTOMER, "Customer – Champion", 2),
            week("Technical test", Side.CUSTOMER, "Customer – IT lead", 4),
            week("Business case", Side.CUSTOMER, "Customer – Finance", 5),
            week("Contract review", Side.CUSTOMER, "Customer – Legal", 6),
            week("Signing", Side.CUSTOMER, "Customer – Decision maker", 7)));

    public static final Template QUICK = new Template("quick", "4 steps for a short cycle", List.of(
            week("Diagnosis by the salesperson", Side.SELLER, null, 1),
            week("Internal pitch by the customer to management", Side.CUSTOMER, "Customer – Champion", 2),
            week("Quote", Side.SELLER, null, 3),
            week("Kick-off", Side.BOTH, null, 4)));

    public static final List<Template> ALL = List.of(ENTERPRISE, QUICK);

    private BuiltInTemplates() {
    }

    public static Optional<Template> named(String name) {
        return ALL.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    private static TemplateStep week(String title, Side side, String ownerName, int week) {
        return new TemplateStep(title, side, ownerName, week, null);
    }
}
