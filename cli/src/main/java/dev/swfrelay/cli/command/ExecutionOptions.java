package dev.swfrelay.cli.command;

import dev.swfrelay.cli.history.ExecutionLookup;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.port.WorkflowClient;
import java.time.Clock;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which execution a command is about: {@code WORKFLOW_ID} and, optionally, {@code --run-id}. */
public final class ExecutionOptions {

    @Parameters(index = "0", paramLabel = "WORKFLOW_ID", description = "The execution's workflow id.")
    private String workflowId;

    @Option(names = "--run-id", paramLabel = "RUN_ID", description = "Which run (default: the open one, else the latest).")
    private String runId;

    /** The execution these options name: the given run, else the open one, else the latest. */
    WorkflowExecution find(WorkflowClient workflows, String domain, BackendOptions backend) {
        return new ExecutionLookup(workflows, Clock.systemUTC()).find(domain, workflowId, runId, backend.flags());
    }
}
