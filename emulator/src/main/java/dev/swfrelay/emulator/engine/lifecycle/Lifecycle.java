package dev.swfrelay.emulator.engine.lifecycle;

/**
 * Where one engine entity is in its life, and its one way to move on: {@link #moveTo} checks the
 * entity kind's {@link Transitions} table and throws {@link IllegalStateException} on a move the
 * table does not allow.
 *
 * @param <S> the entity's state enum
 */
public final class Lifecycle<S extends Enum<S>> {

    private final Transitions<S> moves;
    private volatile S phase;

    public Lifecycle(Transitions<S> moves, S initial) {
        this.moves = moves;
        this.phase = initial;
    }

    public S phase() {
        return phase;
    }

    public void moveTo(S next) {
        phase = moves.check(phase, next);
    }
}
