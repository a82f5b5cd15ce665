package dev.swfrelay.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code swf-relay} command; {@link Subcommands} adds its subcommands. Its model is built in
 * code (no annotations to read at start, see {@link HelpOptions}).
 */
public final class SwfRelayCommand implements Runnable {

    private final CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this)
            .name("swf-relay")
            .version("swf-relay 0.1.0"))
            .addOption(OptionSpec.builder("--verbose").type(boolean.class).scopeType(ScopeType.INHERIT)
                    .description("Log what happens and print stack traces of errors.").build());

    public SwfRelayCommand() {
        spec.usageMessage().description("Run Amazon SWF workflows of scripts, on AWS or on the built-in emulator.");
    }

    /** The command's model, for {@code new CommandLine(...)}. */
    public CommandSpec spec() {
        return spec;
    }

    /** Whether {@code --verbose} was given (before or after the subcommand's name). */
    public boolean verbose() {
        Boolean verbose = spec.findOption("--verbose").getValue();
        return verbose != null && verbose;
    }

    @Override
    public void run() {
        throw UserError.usage("name a command, e.g. swf-relay demo (see: swf-relay --help)");
    }
}
