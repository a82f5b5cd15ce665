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
import dev.swfrelay.cli.command.SimulateCommand;
import dev.swfrelay.cli.command.StartCommand;
import dev.swfrelay.cli.command.WorkerCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code swf-relay}, in the order help lists them. picocli reads a
 * command's annotations when the command is added, so a command line that names one of
 * them gets only that one (a CLI command then skips reading the other ten's options, about
 * a tenth of its start); any other command line (help, a typo, no command) gets them all,
 * so help and picocli's suggestions list every command as before.
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> BY_NAME = byName();

    private Subcommands() {
    }

    /** Adds to {@code root} the subcommand {@code args} names, or every subcommand. */
    static CommandLine addTo(CommandLine root, String[] args) {
        Supplier<Object> named = BY_NAME.get(firstWord(args));
        if (named != null) {
            return root.addSubcommand(named.get());
        }
        BY_NAME.values().forEach(command -> root.addSubcommand(command.get()));
        return root;
    }

    /** The first argument that is not an option: the root's options take no values. */
    static String firstWord(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    private static Map<String, Supplier<Object>> byName() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("demo", DemoCommand::new);
        commands.put("serve", () -> new ServeCommand().spec());
        commands.put("register", RegisterCommand::new);
        commands.put("decider", DecideCommand::new);
        commands.put("worker", WorkerCommand::new);
        commands.put("start", StartCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("list", () -> new ListCommand().spec());
        commands.put("describe", DescribeCommand::new);
        commands.put("replay", ReplayCommand::new);
        commands.put("simulate", SimulateCommand::new);
        commands.put("console", ConsoleCommand::new);
        return commands;
    }
}
