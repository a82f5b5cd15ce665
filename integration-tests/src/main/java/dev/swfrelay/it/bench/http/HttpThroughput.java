package dev.swfrelay.it.bench.http;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A-then-B workflows completed per second over HTTP: core's real runtimes on the AWS adapter
 * (SDK v2 {@code SwfClient}, Apache HTTP client) against the emulator's server. Workflows are
 * started over HTTP too, all up front; the run ends when the last one completes.
 */
public final class HttpThroughput {

    private HttpThroughput() {
    }

    static double workflowsPerSecond(int workflows, int pollers) {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(5)).build().start()) {
            return workflowsPerSecond(server.uri(), workflows, pollers);
        }
    }

    /** The same run against a server somewhere else (another process, a container); it must be fresh or reset. */
    public static double workflowsPerSecond(URI endpoint, int workflows, int pollers) {
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            BenchFlow.register(swf);
            CompletedWorkflows completed = new CompletedWorkflows(swf);
            ServicePorts ports = ServicePorts.of(completed.service(), BenchFlow.DOMAIN, "bench");
            try (BenchFlow.Runtimes runtimes = BenchFlow.runtimes(ports, pollers)) {
                long began = System.nanoTime();
                for (int i = 0; i < workflows; i++) {
                    swf.startWorkflowExecution(BenchFlow.start("wf-" + i));
                }
                while (completed.count() < workflows) {
                    LockSupport.parkNanos(1_000_000);
                }
                return workflows / ((System.nanoTime() - began) / 1e9);
            }
        }
    }
}
