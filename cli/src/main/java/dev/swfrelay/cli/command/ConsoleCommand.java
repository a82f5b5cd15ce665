package dev.swfrelay.cli.command;

import dev.swfrelay.cli.StopSignals;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.SwfConsoleServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay console}: the web console on loopback, against AWS or any SWF endpoint, until Ctrl-C. */
@Command(name = "console", mixinStandardHelpOptions = true,
        header = "Serve the web console for SWF (AWS or an endpoint) on loopback.", description =
        "Serve the web console on 127.0.0.1: executions, each history as a table and a timeline, and the "
            + "signal, cancel, terminate and start actions, against AWS (default credentials and region) or "
            + "the SWF endpoint given. The emulator's own views (who polls which task list, the clock) need "
            + "the emulator: `swf-relay serve` serves the console with them. Prints the console's URL when "
            + "ready. Ctrl-C stops it.")
public final class ConsoleCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
            description = "TCP port on 127.0.0.1; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw UserError.usage("--port must be from 0 to 65535, was " + port);
        }
        SwfService swf = backend.connect();
        StopSignals signals = StopSignals.install();
        signals.onSecond(() -> Runtime.getRuntime().halt(130));
        try (SwfConsoleServer console = SwfConsoleServer.start(swf, port)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("swf-relay console for " + backend.describe() + " at " + console.uri() + "/_relay/console/"
                    + backend.domainOption().map(d -> "#/executions?domain=" + d).orElse("") + " (Ctrl-C to stop)");
            out.flush();
            signals.awaitFirst();
        } finally {
            if (swf instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        return 0;
    }
}
