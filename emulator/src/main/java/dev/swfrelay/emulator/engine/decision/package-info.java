/** The decision task of a run ({@link dev.swfrelay.emulator.engine.decision.DecisionSlot}) and which events call for one ({@link dev.swfrelay.emulator.engine.decision.DecisionTriggers}). Moved by the run's fold only. */
package dev.swfrelay.emulator.engine.decision;
