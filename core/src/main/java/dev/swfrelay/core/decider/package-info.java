/**
 * Deciders: {@link dev.swfrelay.core.decider.Decider}, a pure function from a decision task
 * to decisions, and {@link dev.swfrelay.core.decider.DeciderRunner}, which polls, decides and
 * answers on a {@link dev.swfrelay.core.port.DecisionTaskSource}.
 */
package dev.swfrelay.core.decider;
