package dev.swfrelay.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code swf-relay} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the CLI with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        SwfRelayCommand root = new SwfRelayCommand();
        ErrorReport report = new ErrorReport(root);
        CommandLine commandLine = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(report)
                .setParameterExceptionHandler(report);
        return commandLine.execute(args);
    }
}
