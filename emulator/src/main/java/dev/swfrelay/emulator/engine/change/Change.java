package dev.swfrelay.emulator.engine.change;

/**
 * One state change of an engine that a {@link ChangeLog} keeps: what SWF itself records (history
 * events, registry changes) plus the little that is not in history (task tokens, heartbeats).
 * Folding an engine's changes back in order rebuilds its state.
 */
public sealed interface Change permits EventRecorded, TokenIssued, HeartbeatRecorded, RegistryChanged, StateReset,
        ClockChanged {
}
