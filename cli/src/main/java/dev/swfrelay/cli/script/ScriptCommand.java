package dev.swfrelay.cli.script;

import dev.swfrelay.cli.UserError;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The command a worker runs for each task: a program and its arguments. */
public record ScriptCommand(List<String> argv) {

    public ScriptCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw UserError.usage("no command to run; put it after --, e.g."
                    + " swf-relay worker --task-list a_tasks -- ./script-a.sh");
        }
    }

    public String program() {
        return argv.get(0);
    }

    /**
     * Checks that the program exists and may be executed, so that a worker refuses to
     * start rather than failing every task.
     *
     * @throws UserError naming the program and what to do
     */
    public void checkRunnable() {
        String program = program();
        if (program.contains(File.separator)) {
            checkFile(Path.of(program));
            return;
        }
        if (onPath(program).isEmpty()) {
            throw UserError.usage("command '" + program + "' is not on the PATH; give its path,"
                    + " e.g. ./" + program);
        }
    }

    private static void checkFile(Path file) {
        if (!Files.exists(file)) {
            throw UserError.usage("script " + file + " does not exist; check the path (it is"
                    + " relative to " + Path.of("").toAbsolutePath() + ")");
        }
        if (Files.isDirectory(file) || !Files.isExecutable(file)) {
            throw UserError.usage("script " + file + " is not executable; run: chmod +x " + file);
        }
        missingInterpreter(file).ifPresent(problem -> {
            throw UserError.usage(problem);
        });
    }

    /**
     * What is wrong when {@code file}'s {@code #!} line names an interpreter that is not there (the system then
     * says only "No such file or directory", about a file that exists): empty when it has none or it is there.
     */
    public static Optional<String> missingInterpreter(Path file) {
        String first;
        try (var lines = Files.lines(file)) {
            first = lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty();
        }
        if (!first.startsWith("#!")) {
            return Optional.empty();
        }
        String[] words = first.substring(2).trim().split("\\s+");
        if (words[0].isEmpty()) {
            return Optional.of("script " + file + " starts with an empty #! line; name its interpreter, e.g. #!/bin/sh");
        }
        Path interpreter = Path.of(words[0]);
        if (!Files.isExecutable(interpreter)) {
            return Optional.of("script " + file + "'s interpreter " + interpreter + " (its #! line) does not exist here;"
                    + " install it or change the #! line");
        }
        if (interpreter.getFileName().toString().equals("env") && words.length > 1 && !words[1].startsWith("-")
                && onPath(words[1]).isEmpty()) {
            return Optional.of("script " + file + "'s interpreter '" + words[1] + "' (its #! line: " + first.trim()
                    + ") is not on the PATH; install it or change the #! line");
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.join(" ", argv);
    }
}
