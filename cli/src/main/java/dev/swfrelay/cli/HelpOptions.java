package dev.swfrelay.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} for a command whose model is built in code: what
 * picocli's {@code mixinStandardHelpOptions} adds, without reading the annotations of picocli's
 * own mixin class (the JDK makes a proxy class per annotation type the first time a process reads
 * one; {@code serve} and the root read none).
 */
public final class HelpOptions {

    private HelpOptions() {
    }

    /** Adds the two options to {@code spec}; returns it. */
    public static CommandSpec addTo(CommandSpec spec) {
        return spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print version information and exit.").build());
    }
}
