package dev.swfrelay.core.service;

import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RespondActivityTaskCanceledRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondActivityTaskFailedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.port.ActivityTaskSource;
import java.util.Optional;

/** Activity tasks from an {@link SwfService}. */
final class ServiceActivityTaskSource implements ActivityTaskSource {

    private final SwfService service;
    private final String domain;
    private final String identity;

    ServiceActivityTaskSource(SwfService service, String domain, String identity) {
        this.service = service;
        this.domain = domain;
        this.identity = identity;
    }

    @Override
    public Optional<ActivityTask> poll(TaskList taskList) throws InterruptedException {
        ActivityTask task = Polls.await(service.pollForActivityTask(PollForActivityTaskRequest.builder()
                .domain(domain).taskList(taskList).identity(identity).build()));
        return task.taskToken() == null ? Optional.empty() : Optional.of(task);
    }

    @Override
    public void complete(String taskToken, String result) {
        service.respondActivityTaskCompleted(new RespondActivityTaskCompletedRequest(result, taskToken));
    }

    @Override
    public void fail(String taskToken, String reason, String details) {
        service.respondActivityTaskFailed(new RespondActivityTaskFailedRequest(details, reason, taskToken));
    }

    @Override
    public void canceled(String taskToken, String details) {
        service.respondActivityTaskCanceled(new RespondActivityTaskCanceledRequest(details, taskToken));
    }

    @Override
    public boolean heartbeat(String taskToken, String details) {
        return service.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest(details, taskToken))
                .cancelRequested();
    }
}
