package dev.swfrelay.emulator.engine.change;

/** The engine forgot everything ({@code /_relay/reset}): changes before it no longer count. */
public record StateReset() implements Change {
}
