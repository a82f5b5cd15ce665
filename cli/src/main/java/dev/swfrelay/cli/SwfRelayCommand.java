package dev.swfrelay.cli;

import dev.swfrelay.cli.command.ConsoleCommand;
import dev.swfrelay.cli.command.DecideCommand;
import dev.swfrelay.cli.command.DemoCommand;
import dev.swfrelay.cli.command.DescribeCommand;
import dev.swfrelay.cli.command.HistoryCommand;
import dev.swfrelay.cli.command.ListCommand;
import dev.swfrelay.cli.command.RegisterCommand;
import dev.swfrelay.cli.command.ReplayCommand;
import dev.swfrelay.cli.command.ServeCommand;
import dev.swfrelay.cli.command.StartCommand;
import dev.swfrelay.cli.command.WorkerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code swf-relay} command and its subcommands. */
@Command(name = "swf-relay",
        mixinStandardHelpOptions = true,
        version = "swf-relay 0.1.0",
        description = "Run Amazon SWF workflows of scripts, on AWS or on the built-in emulator.",
        subcommands = {
            DemoCommand.class, ServeCommand.class, RegisterCommand.class, DecideCommand.class,
            WorkerCommand.class, StartCommand.class, HistoryCommand.class, ListCommand.class,
            DescribeCommand.class, ReplayCommand.class, ConsoleCommand.class
        })
public final class SwfRelayCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log what happens and print stack traces of errors.")
    private boolean verbose;

    public boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        throw UserError.usage("name a command, e.g. swf-relay demo (see: swf-relay --help)");
    }
}
