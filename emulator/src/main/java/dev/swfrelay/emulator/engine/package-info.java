/**
 * SWF's semantics in memory, free of any transport (no Netty, Jackson or AWS SDK here).
 *
 * <p>One package per SWF concept, each holding that concept's services, with its state machine
 * in a {@code state} sub-package below the run (the run's fold moves the entities, the services
 * record events on the run, so the two cannot share one package without a cycle). Read from the
 * top, as a request goes:
 *
 * <ul>
 *   <li>{@code engine.facade}: {@link dev.swfrelay.emulator.engine.facade.SwfEngine}, the
 *       {@link dev.swfrelay.core.api.SwfService} on all of it, routing each operation to its
 *       concept's package; {@code EngineServices}, the wiring; {@code EngineRestorer}.</li>
 *   <li>{@code engine.decision}: the decision task; its responder hands each decision to its
 *       concept's handler.</li>
 *   <li>{@code engine.activity}, {@code engine.timer}, {@code engine.child},
 *       {@code engine.lambda}, {@code engine.external}: one SWF entity each, its decisions,
 *       its worker-facing operations and its timeouts; {@code engine.run}: a run's start, close,
 *       close decisions and commands.</li>
 *   <li>{@code engine.shared}: what those services share: the unit of work on a run's lock
 *       ({@code EngineParts}), task tokens, long polls.</li>
 *   <li>{@code engine.run.state}: a run, its history and the one fold that moves it and its
 *       entities, live and on restore alike.</li>
 *   <li>{@code engine.decision.state}, {@code engine.activity.state}, {@code engine.timer.state},
 *       {@code engine.child.state}, {@code engine.lambda.state}: one state machine each (on
 *       {@code engine.lifecycle}), depending on no service and no run.</li>
 *   <li>{@code engine.visibility}: describe, history, list and count.</li>
 *   <li>{@code engine.clock}: {@link dev.swfrelay.emulator.engine.clock.VirtualClock}, the
 *       engine's workflow time and its one deadline-ordered scheduler (every timeout and
 *       timer), shareable by several engines.</li>
 *   <li>{@code engine.registry}: domains and their workflow and activity types.</li>
 *   <li>{@code engine.task}: task lists (priority, then scheduling order) with parked polls
 *       as futures.</li>
 *   <li>{@code engine.change}: the changes a journal keeps (events, tokens, heartbeats,
 *       registry changes) and the log they are told to.</li>
 *   <li>{@code engine.throttle}: SWF's quotas as token buckets on the engine's clock.</li>
 * </ul>
 *
 * <p>What must happen next goes up, never a call back: a run's fold notes that a decision task
 * is due or that its parent is owed word of its close, and the unit on its lock
 * ({@code shared.EngineParts.locked}) does it before the lock is let go
 * ({@code EngineArchitectureTest} holds the layering).
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
