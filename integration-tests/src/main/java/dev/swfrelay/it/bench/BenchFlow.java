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
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.core.worker.ActivityWorker;

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

    /**
     * Core's runtimes for the flow on {@code ports}, started: a decider on {@code decisions}, workers of A on
     * {@code a_tasks} and of B on {@code b_tasks}, each with {@code pollers} pollers and as many handlers; closing the
     * result stops them.
     */
    public static Runtimes runtimes(ServicePorts ports, int pollers) {
        Pipeline pipeline = Pipeline.of(Step.of("A", "A", "a_tasks"), Step.of("B", "B", "b_tasks"));
        DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), pipeline).taskList("decisions")
                .pollers(pollers).handlers(pollers).build();
        ActivityWorker a = ActivityWorker.builder(ports.activityTasks(), ctx -> ctx.input() + "+A")
                .taskList("a_tasks").pollers(pollers).handlers(pollers).build();
        ActivityWorker b = ActivityWorker.builder(ports.activityTasks(), ctx -> ctx.input() + "+B")
                .taskList("b_tasks").pollers(pollers).handlers(pollers).build();
        decider.start();
        a.start();
        b.start();
        return () -> {
            try (decider; a; b) {
                // closed in reverse order
            }
        };
    }

    /** Running runtimes; {@link #close} stops them. */
    public interface Runtimes extends AutoCloseable {
        @Override
        void close();
    }

    public static StartWorkflowExecutionRequest start(String workflowId) {
        return StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(workflowId).workflowType(FLOW)
                .input("job").build();
    }
}
