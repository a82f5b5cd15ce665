/**
 * The decision task, all of it. Its state is in {@code decision.state}
 * ({@link dev.swfrelay.emulator.engine.decision.state.DecisionSlot}, {@link dev.swfrelay.emulator.engine.decision.state.DeciderState}); here
 * {@link dev.swfrelay.emulator.engine.decision.DecisionTasks} (scheduled when its run says one is due, on its task list,
 * started by a poll with its history pages, {@link dev.swfrelay.emulator.engine.decision.DecisionPages}; its timeouts),
 * {@link dev.swfrelay.emulator.engine.decision.DecisionOperations} (the decider's calls: PollForDecisionTask,
 * RespondDecisionTaskCompleted, CountPendingDecisionTasks) and
 * {@link dev.swfrelay.emulator.engine.decision.DecisionResponder}, which records DecisionTaskCompleted and hands each
 * decision to its concept's handler: ActivityDecisions ({@code activity}), TimerDecisions
 * ({@code timer}), ChildDecisions ({@code child}), ExternalDecisions ({@code external}),
 * LambdaTasks ({@code lambda}), CloseDecisions ({@code run}); RecordMarker is recorded here.
 * {@link dev.swfrelay.emulator.engine.decision.DecisionRates} meters decisions when throttling is on.
 *
 * <p>Moved by: DecisionTaskScheduled, DecisionTaskStarted, DecisionTaskCompleted,
 * DecisionTaskTimedOut, and every event that needs the decider
 * ({@link dev.swfrelay.emulator.engine.decision.state.DecisionTriggers}).
 */
package dev.swfrelay.emulator.engine.decision;
