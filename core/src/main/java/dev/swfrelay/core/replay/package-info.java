/**
 * Replay testing of deciders: {@link dev.swfrelay.core.replay.DeciderReplayer} walks a recorded
 * history's decision points, gives a decider each history as it saw it then, and compares the
 * decisions it returns with those the history recorded. No JSON here: it takes core's events.
 */
package dev.swfrelay.core.replay;
