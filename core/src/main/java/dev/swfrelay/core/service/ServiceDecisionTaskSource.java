package dev.swfrelay.core.service;

import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.port.DecisionTaskSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decision tasks from an {@link SwfService}, with the history's later pages fetched before returning. */
final class ServiceDecisionTaskSource implements DecisionTaskSource {

    private final SwfService service;
    private final String domain;
    private final String identity;

    ServiceDecisionTaskSource(SwfService service, String domain, String identity) {
        this.service = service;
        this.domain = domain;
        this.identity = identity;
    }

    @Override
    public Optional<DecisionTask> poll(TaskList taskList) throws InterruptedException {
        PollForDecisionTaskRequest request = PollForDecisionTaskRequest.builder()
                .domain(domain).taskList(taskList).identity(identity).build();
        DecisionTask first = Polls.await(service.pollForDecisionTask(request));
        if (first.taskToken() == null) {
            return Optional.empty();
        }
        if (first.nextPageToken() == null) {
            return Optional.of(first);
        }
        List<HistoryEvent> events = new ArrayList<>(first.events());
        String next = first.nextPageToken();
        while (next != null) {
            DecisionTask page = Polls.await(service.pollForDecisionTask(
                    request.toBuilder().nextPageToken(next).build()));
            events.addAll(page.events());
            next = page.nextPageToken();
        }
        return Optional.of(first.toBuilder().events(events).nextPageToken(null).build());
    }

    @Override
    public void complete(String taskToken, List<Decision> decisions, String executionContext) {
        service.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                .taskToken(taskToken).decisions(decisions).executionContext(executionContext).build());
    }
}
