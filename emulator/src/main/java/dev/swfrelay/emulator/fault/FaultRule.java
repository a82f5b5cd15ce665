package dev.swfrelay.emulator.fault;

import java.util.Objects;

/**
 * One fault rule: its name (in the log, the admin API and the console), the calls it matches,
 * when it fires among them and what it then does.
 *
 * <pre>{@code
 * FaultRule.named("lose-a-completion")
 *         .matching(RuleMatch.ANY.withOperation("RespondActivityTaskCompleted").withActivityType("A"))
 *         .firing(Firing.onNth(1))
 *         .doing(new FaultAction.LoseAnswer());
 * }</pre>
 */
public record FaultRule(String name, RuleMatch match, Firing firing, FaultAction action) {

    public FaultRule {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(firing, "firing");
        Objects.requireNonNull(action, "action");
    }

    /** A rule named {@code name} that matches every call, fires every time and answers InternalFailure until told otherwise. */
    public static FaultRule named(String name) {
        return new FaultRule(name, RuleMatch.ANY, Firing.ALWAYS, new FaultAction.ServerError(500));
    }

    public FaultRule matching(RuleMatch calls) {
        return new FaultRule(name, calls, firing, action);
    }

    public FaultRule firing(Firing when) {
        return new FaultRule(name, match, when, action);
    }

    public FaultRule doing(FaultAction what) {
        return new FaultRule(name, match, firing, what);
    }
}
