package dev.swfrelay.it.process;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.decider.DeciderRunner;
import java.net.URI;

/**
 * A decider machine: runs the A-then-B pipeline on the decision task list of the emulator
 * (or any SWF endpoint) at {@code args[0]}, through the AWS adapter, until killed.
 */
public final class DeciderMain {

    private DeciderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        AwsSwfService swf = AwsSwf.forEndpoint(URI.create(args[0]), "us-east-1");
        DeciderRunner runner = DeciderRunner.builder(swf.ports(Flow.DOMAIN, "decider").decisionTasks(), Flow.pipeline())
                .taskList(Flow.DECISIONS).pollers(4).handlers(8).build();
        runner.start();
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close));
        ProcessOutput.line("READY decider");
        Thread.currentThread().join();
    }
}
