package dev.swfrelay.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code swf-relay} command; {@link Subcommands} adds its subcommands. */
@Command(name = "swf-relay",
        mixinStandardHelpOptions = true,
        version = "swf-relay 0.1.0",
        description = "Run Amazon SWF workflows of scripts, on AWS or on the built-in emulator.")
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
