package dev.swfrelay.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code swf-relay} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--verbose"));
        HeadStart.begin(args);
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * The libraries' log lines (runtimes, Netty, the AWS SDK) are for {@code --verbose}; by
     * default only their warnings and errors show. Must run before the first logger exists.
     */
    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    /** Runs the CLI with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        SwfRelayCommand root = new SwfRelayCommand();
        ErrorReport report = new ErrorReport(root);
        CommandLine commandLine = Subcommands.addTo(new CommandLine(root.spec()), args)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(report)
                .setParameterExceptionHandler(report);
        return commandLine.execute(args);
    }
}
