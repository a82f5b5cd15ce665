package dev.swfrelay.cli;

import dev.swfrelay.aws.SwfUnreachableException;
import dev.swfrelay.core.api.EmulatorDefaults;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into one line naming the problem and what to do, and an exit code
 * other than 0. The stack trace is printed only with {@code --verbose}.
 */
final class ErrorReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final SwfRelayCommand root;

    ErrorReport(SwfRelayCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage() + " (see: " + name + " --help)");
        if (root.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return UserError.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("swf-relay: " + describe(e, endpointOf(parsed)));
        if (root.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UserError user ? user.exitCode() : UserError.FAILURE;
    }

    /** The {@code --endpoint} the user gave the command that failed, if any. */
    private static String endpointOf(ParseResult parsed) {
        ParseResult leaf = parsed;
        while (leaf != null && leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        return leaf == null ? null : leaf.matchedOptionValue("--endpoint", null);
    }

    /** One line for {@code e}: what went wrong and what to do about it. */
    static String describe(Throwable e) {
        return describe(e, null);
    }

    /** As {@link #describe(Throwable)}, the hints naming the user's own {@code endpoint} (null: none given). */
    static String describe(Throwable e, String endpoint) {
        if (e instanceof UserError) {
            return e.getMessage();
        }
        Hints hints = new Hints(endpoint);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String known = known(cause, hints);
            if (known != null) {
                return known;
            }
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (run again with --verbose for details)";
    }

    private static String known(Throwable e, Hints hints) {
        if (e instanceof SwfFault fault) {
            return fault(fault, hints);
        }
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return "cannot reach the SWF endpoint (" + e.getMessage() + "); " + hints.unreachable();
        }
        if (e instanceof BindException) {
            return "cannot listen there (" + e.getMessage() + "); pick another --port (0 for any free one)"
                    + " or --bind address";
        }
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "unknown host " + e.getMessage() + "; check --endpoint or --region";
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unable to load credentials") || lower.contains("credentials")
                && lower.contains("unable to load")) {
            return "no AWS credentials found; configure them (aws configure, AWS_PROFILE or"
                    + " --profile) or use the emulator with --endpoint http://127.0.0.1:8080";
        }
        if (lower.contains("unable to load region") || lower.contains("unable to load a region")) {
            return "no AWS region set; pass --region (e.g. --region us-east-1) or set AWS_REGION";
        }
        if (lower.contains("connection refused") || lower.contains("unable to execute http request")
                || e instanceof SwfUnreachableException) {
            return "cannot reach the SWF endpoint (" + firstLine(message) + "); " + hints.unreachable();
        }
        return null;
    }

    private static String fault(SwfFault fault, Hints hints) {
        String text = fault.type().name() + ": " + firstLine(fault.getMessage())
                + (fault.detail() == null ? "" : " (" + fault.detail() + ")");
        if (fault.type() == FaultType.InternalFailure && fault.detail() != null && fault.detail().contains(" failed with HTTP ")) {
            return text + "; the answer is not SWF's: " + hints.notSwf();
        }
        if (fault.type() == FaultType.UnrecognizedClientException) {
            return text + "; the server knows no key with the access key id these credentials sent: use a key of the "
                    + "server's --credentials file (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or --profile)";
        }
        if (fault.type() == FaultType.UnknownResourceFault) {
            return text + "; check --domain and the names, or register them first:"
                    + " swf-relay register --workflow FILE";
        }
        if (fault.type() == FaultType.TypeAlreadyExistsFault) {
            return text + "; SWF types cannot change: give the type a new version in the workflow file";
        }
        if (fault.type() == FaultType.WorkflowExecutionAlreadyStartedFault) {
            return text + "; an execution with this workflow id is open: pick another --workflow-id";
        }
        if (fault.type() == FaultType.OperationNotPermittedFault) {
            return text + "; check the credentials' IAM permissions for SWF";
        }
        return text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Hints that keep what the user gave: their endpoint, and its port for {@code serve}. */
    private record Hints(String endpoint) {

        String unreachable() {
            if (endpoint == null) {
                return "check the network, --region, or use the emulator: --endpoint http://127.0.0.1:"
                        + EmulatorDefaults.SERVE_PORT;
            }
            return "check --endpoint " + endpoint + ", or start the emulator there with: swf-relay serve --port " + port();
        }

        String notSwf() {
            return endpoint == null ? "check --region and the network's proxies"
                    : "is " + endpoint + " an SWF endpoint (swf-relay serve, or AWS)? check --endpoint";
        }

        private int port() {
            try {
                int port = URI.create(endpoint).getPort();
                return port > 0 ? port : EmulatorDefaults.SERVE_PORT;
            } catch (IllegalArgumentException notAUri) {
                return EmulatorDefaults.SERVE_PORT;
            }
        }
    }
}
