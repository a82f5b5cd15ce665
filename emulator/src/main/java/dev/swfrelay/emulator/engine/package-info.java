/**
 * SWF's semantics in memory, free of any transport (no Netty, Jackson or AWS SDK here).
 *
 * <ul>
 *   <li>{@code engine.clock}: {@link dev.swfrelay.emulator.engine.clock.VirtualClock}, the
 *       engine's workflow time and its one deadline-ordered scheduler (every timeout and
 *       timer), shareable by several engines.</li>
 *   <li>{@code engine.registry}: domains and their workflow and activity types.</li>
 *   <li>{@code engine.task}: task lists (priority, then scheduling order) with parked polls
 *       as futures.</li>
 *   <li>{@code engine.change}: the changes a journal keeps (events, tokens, heartbeats,
 *       registry changes) and the log they are told to.</li>
 *   <li>{@code engine.decision}, {@code engine.activity}, {@code engine.timer},
 *       {@code engine.child}, {@code engine.lambda}: one SWF entity each, a state machine
 *       (on {@code engine.lifecycle}) that depends on no service.</li>
 *   <li>{@code engine.run}: a run, its history and the one fold that moves it and its entities,
 *       live and on restore alike.</li>
 *   <li>{@code engine.visibility}: describe, history, list and count.</li>
 *   <li>{@code engine.execution}: the live services over the runs (decision and activity tasks,
 *       the 13 decisions, closing, starting, restoring) and
 *       {@link dev.swfrelay.emulator.engine.execution.SwfEngine}, the
 *       {@link dev.swfrelay.core.api.SwfService} on all of it.</li>
 * </ul>
 *
 * <p>Concurrency: each run has its own lock; no thread holds two runs' locks (effects on
 * other runs are queued and run after the lock is released). A run's lock may be held while
 * taking a task list's lock, never the other way round. Polls are answered through
 * {@code CompletableFuture.complete}, under the run's lock, so a task goes only to a poll
 * that was still there; callbacks chained on a poll's future should be quick or async.
 *
 * <p>Auto-advance counts an engine as busy while a task waits on any task list or a started
 * task has not been answered (or timed out). A test that simulates a lost worker moves the
 * clock with {@code advance} instead.
 */
package dev.swfrelay.emulator.engine;
