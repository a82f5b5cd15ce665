package dev.swfrelay.cli.command;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.demo.Demo;
import dev.swfrelay.cli.demo.SeedFiles;
import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay demo}: the seed's A-then-B flow on the embedded emulator, in a few seconds. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "The seed's A-then-B flow on an embedded emulator, in seconds.", description =
        "Run the seed's flow on an emulator inside this process: register the domain and types of "
            + "examples/seed/workflow.json, run its decider and one worker per step (script A on 'server "
            + "A', script B on 'server B'), start the workflow, show its progress and history.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "DIR",
            description = "Directory with workflow.json and script-<step>.sh (default: ./examples/seed, else the copy in the jar).")
    private Path seed;

    @Option(names = "--input", paramLabel = "TEXT", defaultValue = "hello from the demo",
            description = "Input of step A (default: '${DEFAULT-VALUE}').")
    private String input;

    @Option(names = "--over-http",
            description = "Run it over SWF's HTTP protocol: the emulator's server on a free local port and the"
                    + " AWS SDK client against it, as serve and the other commands do across processes.")
    private boolean overHttp;

    @Spec
    private CommandSpec spec;

    private static final Duration POLL_HOLD = Duration.ofSeconds(5);

    @Override
    public Integer call() throws InterruptedException {
        long begin = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = SeedFiles.locate(seed);
        if (dir == null) {
            dir = SeedFiles.extractEmbedded();
            out.println("no ./examples/seed here: using the embedded copy of the seed, written to " + dir);
        } else {
            out.println("seed: " + dir.resolve("workflow.json") + ", " + dir.resolve("script-a.sh")
                    + ", " + dir.resolve("script-b.sh"));
        }
        int exit = overHttp ? runOverHttp(dir, out) : runInProcess(dir, out);
        out.println("demo done in " + DurationText.format(Duration.ofNanos(System.nanoTime() - begin)));
        out.flush();
        return exit;
    }

    private int runInProcess(Path dir, PrintWriter out) throws InterruptedException {
        try (SwfEmulator emulator = SwfEmulator.builder().pollHold(POLL_HOLD).build()) {
            return new Demo(emulator.service(), dir, out).run(input);
        }
    }

    private int runOverHttp(Path dir, PrintWriter out) throws InterruptedException {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().port(0).pollHold(POLL_HOLD).build().start();
             AwsSwfService service = AwsSwf.forEndpoint(server.uri(), Backends.DEFAULT_REGION)) {
            out.println("over HTTP: " + server.uri());
            return new Demo(service, dir, out).run(input);
        }
    }
}
