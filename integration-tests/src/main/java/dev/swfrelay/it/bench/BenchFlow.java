package dev.swfrelay.it.bench;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowType;

/** The domain and types both benchmarks use: the seed's A-then-B flow. */
public final class BenchFlow {

    public static final String DOMAIN = "bench";
    public static final WorkflowType FLOW = new WorkflowType("a-then-b", "1");
    public static final TaskList DECISIONS = new TaskList("decisions");

    private BenchFlow() {
    }

    public static void register(SwfService swf) {
        swf.registerDomain(RegisterDomainRequest.builder().name(DOMAIN).workflowExecutionRetentionPeriodInDays("1").build());
        swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name(FLOW.name())
                .version(FLOW.version()).defaultTaskList(DECISIONS).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(86_400))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(600)).build());
        for (String name : new String[] {"A", "B"}) {
            swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name(name).version("1.0")
                    .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(3600))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(600))
                    .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(4200))
                    .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
        }
    }

    public static StartWorkflowExecutionRequest start(String workflowId) {
        return StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(workflowId).workflowType(FLOW)
                .input("job").build();
    }
}
