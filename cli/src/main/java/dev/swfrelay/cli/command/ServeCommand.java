package dev.swfrelay.cli.command;

import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.HelpOptions;
import dev.swfrelay.cli.StopSignals;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.script.ScriptLambda;
import dev.swfrelay.core.api.EmulatorDefaults;
import dev.swfrelay.emulator.ServerSettings;
import dev.swfrelay.cli.workflow.InitPlan;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import dev.swfrelay.emulator.http.transport.ConnectionLimits;
import dev.swfrelay.emulator.journal.Journal;
import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.journal.CorruptJournalException;
import dev.swfrelay.emulator.journal.DataFolderInUseException;
import dev.swfrelay.emulator.journal.SyncPolicy;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code swf-relay serve}: the emulator over SWF's HTTP protocol, until Ctrl-C. Its options are
 * data, picocli's programmatic model built in the constructor: reading them from annotations cost
 * a tenth of the server's start (the JDK parses each annotation and makes its proxy classes).
 */
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final String HEADER = "Serve the SWF emulator over SWF's HTTP protocol.";
    private static final String DESCRIPTION = "Serve the SWF emulator over SWF's own HTTP protocol: AWS SDKs, the AWS CLI and the other "
            + "swf-relay commands reach it with an endpoint override. Prints one line with its URL when "
            + "ready. State lives in memory, or with --data DIR in a journal there that survives restarts. Ctrl-C (or SIGTERM) stops it. Every option may also be set "
            + "by its SWF_RELAY_* environment variable (as in the Docker image); the command line wins.";

    private final CommandSpec spec;
    private int port;
    private String bind;
    private String pollHold;
    private String accountId;
    private String region;
    private String idleTimeout;
    private String requestTimeout;
    private int maxConnections;
    private int maxHeaderBytes;
    private int maxBodyBytes;
    private Path credentials;
    private Path data;
    private String sync;
    private int snapshotAfterMb;
    private String throttling;
    private List<Path> init;
    private List<String> lambdas;
    private Path faults;

    public ServeCommand() {
        spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("serve"));
        spec.usageMessage().header(HEADER).description(DESCRIPTION);
        spec.addOption(OptionSpec.builder("--port").paramLabel("N").type(int.class)
                .defaultValue("${env:SWF_RELAY_PORT:-" + EmulatorDefaults.SERVE_PORT + "}")
                .description("TCP port; 0 for any free one (default: ${DEFAULT-VALUE}; env SWF_RELAY_PORT).").build());
        spec.addOption(OptionSpec.builder("--bind").paramLabel("ADDR").type(String.class)
                .defaultValue("${env:SWF_RELAY_BIND:-" + ServerSettings.BIND_ADDRESS + "}")
                .description("Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}; env SWF_RELAY_BIND).").build());
        spec.addOption(OptionSpec.builder("--poll-hold").paramLabel("DURATION").type(String.class)
                .defaultValue("${env:SWF_RELAY_POLL_HOLD:-" + EmulatorDefaults.POLL_HOLD + "}")
                .description("How long a long poll waits for a task before answering empty (default: ${DEFAULT-VALUE}; env SWF_RELAY_POLL_HOLD).").build());
        spec.addOption(OptionSpec.builder("--account-id").paramLabel("ID").type(String.class)
                .defaultValue("${env:SWF_RELAY_ACCOUNT_ID:-" + EmulatorDefaults.ACCOUNT_ID + "}")
                .description("Account id in ARNs (default: ${DEFAULT-VALUE}; env SWF_RELAY_ACCOUNT_ID).").build());
        spec.addOption(OptionSpec.builder("--region").paramLabel("R").type(String.class)
                .defaultValue("${env:SWF_RELAY_REGION:-" + EmulatorDefaults.REGION + "}")
                .description("Region of requests that name none (default: ${DEFAULT-VALUE}; env SWF_RELAY_REGION).").build());
        spec.addOption(OptionSpec.builder("--idle-timeout").paramLabel("DURATION").type(String.class)
                .defaultValue("${env:SWF_RELAY_IDLE_TIMEOUT:-" + ConnectionLimits.IDLE_TIMEOUT + "}")
                .description("Close a connection with no request in progress (a parked long poll is one) after this long "
                    + "(default: ${DEFAULT-VALUE}; env SWF_RELAY_IDLE_TIMEOUT).").build());
        spec.addOption(OptionSpec.builder("--request-timeout").paramLabel("DURATION").type(String.class)
                .defaultValue("${env:SWF_RELAY_REQUEST_TIMEOUT:-" + ConnectionLimits.REQUEST_TIMEOUT + "}")
                .description("Drop a connection whose request has not arrived whole this long after its first byte "
                    + "(default: ${DEFAULT-VALUE}; env SWF_RELAY_REQUEST_TIMEOUT).").build());
        spec.addOption(OptionSpec.builder("--max-connections").paramLabel("N").type(int.class)
                .defaultValue("${env:SWF_RELAY_MAX_CONNECTIONS:-" + ConnectionLimits.MAX_CONNECTIONS + "}")
                .description("Connections open at once; a request on one more is answered 503 ThrottlingException "
                    + "(default: ${DEFAULT-VALUE}; env SWF_RELAY_MAX_CONNECTIONS).").build());
        spec.addOption(OptionSpec.builder("--max-header-bytes").paramLabel("N").type(int.class)
                .defaultValue("${env:SWF_RELAY_MAX_HEADER_BYTES:-" + ConnectionLimits.MAX_HEADER_BYTES + "}")
                .description("Largest request line and headers; larger is answered 431 (default: ${DEFAULT-VALUE}; "
                    + "env SWF_RELAY_MAX_HEADER_BYTES).").build());
        spec.addOption(OptionSpec.builder("--max-body-bytes").paramLabel("N").type(int.class)
                .defaultValue("${env:SWF_RELAY_MAX_BODY_BYTES:-" + ConnectionLimits.SWF_MAX_BODY_BYTES + "}")
                .description("Largest request body, SWF's 1 MB by default; larger is answered 413 (default: ${DEFAULT-VALUE}; "
                    + "env SWF_RELAY_MAX_BODY_BYTES).").build());
        spec.addOption(OptionSpec.builder("--credentials").paramLabel("FILE").type(Path.class)
                .defaultValue("${env:SWF_RELAY_CREDENTIALS}")
                .description("Guard the server: every SWF request must be SigV4-signed with a key of FILE (one account a "
                    + "line: ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT_ID, whitespace or commas between; # comments), "
                    + "scoped to --region, signed within 15 minutes; each account has its own state. The admin routes "
                    + "but /_relay/health need a signature too. Without it the server is open (env SWF_RELAY_CREDENTIALS).").build());
        spec.addOption(OptionSpec.builder("--data").paramLabel("DIR").type(Path.class)
                .defaultValue("${env:SWF_RELAY_DATA}")
                .description("Keep state in a journal in DIR: every change is on disk before its answer is sent, and a "
                    + "restart (even after kill -9) brings back domains, types, executions, task tokens and timers "
                    + "(default: in memory only; env SWF_RELAY_DATA). One server per DIR: a second refuses to start. On a full "
                    + "disk changes are answered 503 ServiceUnavailable (clients retry) and reads go on, until space returns.").build());
        spec.addOption(OptionSpec.builder("--sync").paramLabel("always|group").type(String.class)
                .defaultValue("${env:SWF_RELAY_SYNC:-group}")
                .description("With --data: 'group' syncs the changes of all answers waiting at once (group commit), "
                    + "'always' syncs each change on its own; no answer leaves before its change is on disk either way "
                    + "(default: ${DEFAULT-VALUE}; env SWF_RELAY_SYNC).").build());
        spec.addOption(OptionSpec.builder("--snapshot-after-mb").paramLabel("MB").type(int.class)
                .defaultValue("${env:SWF_RELAY_SNAPSHOT_AFTER_MB:-" + Journal.DEFAULT_SNAPSHOT_AFTER_MB + "}")
                .description("With --data: snapshot the state in the background once this many MB were journaled since "
                    + "the last snapshot (or the last snapshot's size, when larger); a restart reads the newest snapshot and "
                    + "the journal after it (default: ${DEFAULT-VALUE}; env SWF_RELAY_SNAPSHOT_AFTER_MB).").build());
        spec.addOption(OptionSpec.builder("--throttling").paramLabel("off|swf|swf:SCALE").type(String.class)
                .defaultValue("${env:SWF_RELAY_THROTTLING:-" + Throttling.OFF + "}")
                .description("Throttle as SWF does: token buckets per API, per decision type and per run with SWF's "
                    + "documented sizes and rates (a call past its bucket is answered ThrottlingException 'Rate exceeded', "
                    + "a decision fails with its _RATE_EXCEEDED cause), refilled on the server's clock; 'swf:0.01' "
                    + "multiplies every size and rate by 0.01 (default: ${DEFAULT-VALUE}; env SWF_RELAY_THROTTLING).").build());
        spec.addOption(OptionSpec.builder("--init").paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class).arity("1..*").splitRegex(",").initialValue(new ArrayList<>())
                .defaultValue("${env:SWF_RELAY_INIT}")
                .description("Register, before the first request is answered, the domains and types of these files: "
                    + "workflow files (as register --workflow reads them) and lists of domains and types "
                    + "({\"domains\": [...], \"workflowTypes\": [...], \"activityTypes\": [...]}, see README); a folder "
                    + "stands for its .json, .yaml and .yml files. Idempotent: a restart with --data and the same files "
                    + "changes nothing. A bad file stops the server naming the file, field and rule "
                    + "(env SWF_RELAY_INIT, comma-separated).").build());
        spec.addOption(OptionSpec.builder("--lambda").paramLabel("NAME=COMMAND").type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<>())
                .description("Register a Lambda function: each ScheduleLambdaFunction naming NAME runs COMMAND "
                    + "as the worker runs a script (input on stdin, stdout is the result, exit N fails with "
                    + "reason 'exit N'). Repeatable.").build());
        spec.addOption(OptionSpec.builder("--faults").paramLabel("FILE").type(Path.class)
                .defaultValue("${env:SWF_RELAY_FAULTS}")
                .description("Inject faults from the start: rules in FILE (JSON, or YAML for .yaml/.yml) that match calls by "
                    + "operation, domain, task list, workflow id or activity type and answer SWF's fault or a 5xx, add "
                    + "latency, drop the request, or apply it and lose the answer; seeded, so a run repeats. "
                    + "/_relay/faults adds, lists and clears rules (env SWF_RELAY_FAULTS).").build());
    }

    /** The command's model (its options as data: no annotations are read when {@code serve} starts). */
    public CommandSpec spec() {
        return spec;
    }

    /** The value of the option {@code name}: given, from its environment variable, or its default. */
    private <T> T value(String name) {
        return spec.findOption(name).getValue();
    }

    /** The options' values as parsed (given, from the environment, or the defaults). */
    private void readOptions() {
        port = value("--port");
        bind = value("--bind");
        pollHold = value("--poll-hold");
        accountId = value("--account-id");
        region = value("--region");
        idleTimeout = value("--idle-timeout");
        requestTimeout = value("--request-timeout");
        maxConnections = value("--max-connections");
        maxHeaderBytes = value("--max-header-bytes");
        maxBodyBytes = value("--max-body-bytes");
        credentials = value("--credentials");
        data = value("--data");
        sync = value("--sync");
        snapshotAfterMb = value("--snapshot-after-mb");
        throttling = value("--throttling");
        init = value("--init");
        lambdas = value("--lambda");
        faults = value("--faults");
    }

    @Override
    public Integer call() throws InterruptedException {
        readOptions();
        if (port < 0 || port > 65535) {
            throw UserError.usage("--port must be from 0 to 65535, was " + port);
        }
        SwfEmulatorServer.Builder builder = SwfEmulatorServer.builder()
                .port(port)
                .bindAddress(bind)
                .pollHold(DurationText.parse(pollHold, "--poll-hold"))
                .region(region)
                .accountId(accountId);
        PrintWriter err = spec.commandLine().getErr();
        for (String lambda : lambdas) {
            ScriptLambda function = ScriptLambda.parse(lambda, Duration.ofSeconds(5), line -> {
                err.println(line);
                err.flush();
            });
            builder.lambdaFunction(function.name(), function);
        }
        if (credentials != null) {
            builder.credentials(keys(credentials));
        }
        if (init != null && !init.isEmpty()) {
            InitPlan plan = InitPlan.read(init);
            PrintWriter report = spec.commandLine().getOut();
            builder.initially(service -> {
                plan.registerWith(ServicePorts.of(service, "init", "swf-relay-init").registrar())
                        .forEach(line -> report.println("init: " + line));
                report.flush();
            });
        }
        SwfEmulatorServer server = build(withFaults(withData(withLimits(withThrottling(builder)))));
        start(server);
        if (credentials == null && !loopback(bind)) {
            // after start: a bind that fails is the one thing to say then
            LOG.warn("serving {} without --credentials: anyone who can reach it can read and change every workflow; "
                    + "give --credentials FILE to check SigV4 signatures", bind);
        }
        StopSignals signals = StopSignals.install();
        signals.onSecond(() -> Runtime.getRuntime().halt(130));
        PrintWriter out = spec.commandLine().getOut();
        out.println("swf-relay emulator listening on " + ReachableAddresses.of(bind, server.uri()).describe() + " (region " + region + ", "
                + (credentials == null ? "account " + accountId : "signed requests only, keys of " + credentials) + "); Ctrl-C to stop");
        out.flush();
        signals.awaitFirst();
        server.close();
        return 0;
    }

    private static AccountKeys keys(Path file) {
        try {
            return AccountKeys.read(file);
        } catch (IllegalArgumentException | UncheckedIOException invalid) {
            throw UserError.usage("serve --credentials: " + invalid.getMessage());
        }
    }

    /** Whether {@code bind} is a loopback address, so that only this machine reaches the server. */
    static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException unresolved) {
            return false;
        }
    }

    private SwfEmulatorServer.Builder withLimits(SwfEmulatorServer.Builder builder) {
        return builder.idleTimeout(DurationText.parse(idleTimeout, "--idle-timeout"))
                .requestTimeout(DurationText.parse(requestTimeout, "--request-timeout"))
                .maxConnections(maxConnections)
                .maxHeaderBytes(maxHeaderBytes)
                .maxBodyBytes(maxBodyBytes);
    }

    private SwfEmulatorServer.Builder withThrottling(SwfEmulatorServer.Builder builder) {
        try {
            return builder.throttling(Throttling.parse(throttling));
        } catch (IllegalArgumentException invalid) {
            throw UserError.usage("--throttling: " + invalid.getMessage());
        }
    }

    private SwfEmulatorServer.Builder withData(SwfEmulatorServer.Builder builder) {
        SyncPolicy policy;
        try {
            policy = SyncPolicy.named(sync);
        } catch (IllegalArgumentException invalid) {
            throw UserError.usage("--sync: " + invalid.getMessage());
        }
        if (snapshotAfterMb < 1) {
            throw UserError.usage("--snapshot-after-mb: must be at least 1, was " + snapshotAfterMb);
        }
        return data == null ? builder : builder.dataDir(data).sync(policy).snapshotAfter(snapshotAfterMb * (1L << 20));
    }

    private SwfEmulatorServer.Builder withFaults(SwfEmulatorServer.Builder builder) {
        return faults == null ? builder : builder.faults(FaultsFile.read(faults));
    }

    /** Starts {@code server}; a data folder that cannot be read back is the user's to mend, not a crash. */
    private static void start(SwfEmulatorServer server) {
        try {
            server.start();
        } catch (CorruptJournalException | DataFolderInUseException unusable) {
            throw new UserError("serve: " + unusable.getMessage(), unusable);
        } catch (UncheckedIOException unreadable) {
            if (unreadable.getCause() instanceof java.net.BindException) {
                throw unreadable;
            }
            throw new UserError("serve: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The server, or a usage error naming the setting that is out of range (e.g. a negative limit). */
    private static SwfEmulatorServer build(SwfEmulatorServer.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException invalid) {
            throw UserError.usage("serve: " + invalid.getMessage());
        }
    }
}
