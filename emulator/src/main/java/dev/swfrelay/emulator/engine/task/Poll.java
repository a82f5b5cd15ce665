package dev.swfrelay.emulator.engine.task;

import java.util.concurrent.CompletableFuture;

/**
 * A poller waiting on a task list: the future it will be answered on and what it asked for.
 * A task goes to a poll only through {@link CompletableFuture#complete}, whose result says
 * whether the poll was still there to take it.
 *
 * @param pageSize events per page of a decision task's history
 * @param reverseOrder whether a decision task's history comes newest first
 * @param startAtPreviousStartedEvent whether a decision task's history starts at the previous started event
 */
public record Poll<R>(CompletableFuture<R> future, String identity, int pageSize, boolean reverseOrder,
                      boolean startAtPreviousStartedEvent) {
}
