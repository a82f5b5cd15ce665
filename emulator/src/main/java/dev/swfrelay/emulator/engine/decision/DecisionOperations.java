package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.shared.LongPolls;
import dev.swfrelay.emulator.engine.registry.Pages;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.emulator.engine.shared.TaskTokens;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.PendingTaskCount;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.task.Poll;
import java.util.concurrent.CompletableFuture;

/**
 * The decider-facing operations on decision tasks: the long poll and its further history pages,
 * the answer (handed to {@link DecisionResponder}) and the pending count.
 */
public final class DecisionOperations {

    private final EngineParts parts;
    private final DecisionResponder responder;

    public DecisionOperations(EngineParts parts, DecisionResponder responder) {
        this.parts = parts;
        this.responder = responder;
    }

    public CompletableFuture<DecisionTask> pollForDecisionTask(PollForDecisionTaskRequest r) {
        Faults.required(r.taskList(), "taskList");
        parts.domains.get(r.domain());
        int pageSize = Pages.pageSize(r.maximumPageSize(), parts.settings.limits().maxPageSize());
        if (r.nextPageToken() != null) {
            return CompletableFuture.completedFuture(nextPage(r.nextPageToken()));
        }
        Poll<DecisionTask> poll = new Poll<>(new CompletableFuture<>(), r.identity(), pageSize,
                Boolean.TRUE.equals(r.reverseOrder()), Boolean.TRUE.equals(r.startAtPreviousStartedEvent()));
        DecisionTask empty = new DecisionTask(null, null, null, 0, null, null, null);
        return LongPolls.park(parts, parts.taskLists.decisions(r.domain(), r.taskList().name()), poll, empty);
    }

    private DecisionTask nextPage(String pageToken) {
        DecisionPages.Cursor cursor = DecisionPages.Cursor.decode(pageToken);
        Execution e = parts.tokens.claim(cursor.taskToken(), TaskToken.Kind.DECISION).run();
        return e.locked(() -> {
            DecisionSlot slot = e.decision();
            if (slot.token() == null || !slot.token().equals(cursor.taskToken())) {
                throw TaskTokens.unknown(cursor.taskToken());
            }
            return DecisionPages.page(e, cursor, slot.startedEventId(), slot.previousStartedEventId());
        });
    }

    public void respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest r) {
        responder.respond(r);
    }

    public PendingTaskCount pendingDecisions(CountPendingDecisionTasksRequest r) {
        parts.domains.get(r.domain());
        Faults.required(r.taskList(), "taskList");
        return new PendingTaskCount(parts.taskLists.decisions(r.domain(), r.taskList().name()).pending(), false);
    }
}
