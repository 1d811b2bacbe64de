package org.mapbot.sandbox;

import java.util.List;

/**
 * What "Load demo" does, as people would do it: commands typed and buttons clicked, in order. Adjust freely as the plan
 * features grow; a step whose command or button does not exist yet just shows what the bot answered.
 */
final class DemoScript {
    private DemoScript() {
    }

    sealed interface Step permits Command, Click {
        Person person();
    }

    /** {@code person} types {@code text} in {@code channel}. */
    record Command(Person person, Conversation channel, String text) implements Step {
    }

    /** {@code person} clicks the button labelled {@code button} on the newest bot message in {@code channel} that has one. */
    record Click(Person person, Conversation channel, String button) implements Step {
    }

    static final List<Step> STEPS = List.of(
            new Command(SandboxCast.SALES_REP, SandboxCast.SHARED, "/map new Acme Corp rollout with enterprise"),
            new Click(SandboxCast.SALES_REP, SandboxCast.SHARED, "Done"),
            new Click(SandboxCast.CHAMPION, SandboxCast.SHARED, "Done"),
            new Click(SandboxCast.CTO, SandboxCast.SHARED, "Blocked"),
            new Command(SandboxCast.SALES_REP, SandboxCast.SHARED, "/map help"));
}
