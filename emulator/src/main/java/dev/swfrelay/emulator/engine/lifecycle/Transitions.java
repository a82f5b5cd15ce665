package dev.swfrelay.emulator.engine.lifecycle;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves one kind of engine entity may make between its states. Any other move is a bug in
 * the engine, so {@link #check} throws rather than letting the entity drift into a state that
 * its events do not describe.
 *
 * @param <S> the entity's state enum
 */
public final class Transitions<S extends Enum<S>> {

    private final String entity;
    private final Map<S, Set<S>> allowed;

    private Transitions(String entity, Map<S, Set<S>> allowed) {
        this.entity = entity;
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Transitions<S> of(String entity, Class<S> states) {
        return new Transitions<>(entity, new EnumMap<>(states));
    }

    /** Allows moving from {@code from} to each of {@code to}; used while building the table. */
    @SafeVarargs
    public final Transitions<S> allow(S from, S first, S... rest) {
        allowed.computeIfAbsent(from, f -> EnumSet.noneOf(first.getDeclaringClass())).addAll(EnumSet.of(first, rest));
        return this;
    }

    /** Returns {@code to} if the move is allowed; throws {@link IllegalStateException} if not. */
    public S check(S from, S to) {
        Set<S> targets = allowed.get(from);
        if (targets == null || !targets.contains(to)) {
            throw new IllegalStateException(entity + " cannot move from " + from + " to " + to);
        }
        return to;
    }
}
