package dev.swfrelay.cli.demo;

import dev.swfrelay.cli.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Where the demo finds the seed example: a directory given by the user, else
 * {@code examples/seed} under the working directory, else the copy embedded in the jar,
 * written to a temporary directory.
 */
public final class SeedFiles {

    public static final Path DEFAULT = Path.of("examples", "seed");
    private static final String EMBEDDED = "/dev/swfrelay/cli/seed/";
    private static final List<String> FILES = List.of("workflow.json", "script-a.sh", "script-b.sh");

    private SeedFiles() {
    }

    /** @param given the user's {@code --seed}, null when not given */
    public static Path locate(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given.resolve("workflow.json"))) {
                throw UserError.usage("--seed " + given + ": no workflow.json there; pass the directory"
                        + " holding workflow.json, script-a.sh and script-b.sh (e.g. examples/seed)");
            }
            return given;
        }
        return Files.isRegularFile(DEFAULT.resolve("workflow.json")) ? DEFAULT : null;
    }

    /** Writes the embedded seed into a new temporary directory, scripts executable. */
    public static Path extractEmbedded() {
        try {
            Path dir = Files.createTempDirectory("swf-relay-seed");
            for (String name : FILES) {
                try (InputStream in = SeedFiles.class.getResourceAsStream(EMBEDDED + name)) {
                    if (in == null) {
                        throw new UserError("the seed example is neither in ./examples/seed nor embedded in"
                                + " this jar; run the demo from the repository root or pass --seed DIR");
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(dir.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            dir.toFile().deleteOnExit();
            FILES.forEach(name -> dir.resolve(name).toFile().deleteOnExit());
            return dir;
        } catch (IOException e) {
            throw new UserError("cannot write the embedded seed example to a temporary directory: " + e.getMessage());
        }
    }
}
