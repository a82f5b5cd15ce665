package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An {@code --input} value: the text itself, {@code @FILE} for a file's content, {@code -} for standard input. */
final class InputText {

    private InputText() {
    }

    static String read(String value, InputStream stdin) {
        if (value == null) {
            return null;
        }
        try {
            if (value.equals("-")) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (value.startsWith("@")) {
                return Files.readString(Path.of(value.substring(1)));
            }
        } catch (NoSuchFileException e) {
            throw UserError.usage("--input " + value + ": no such file");
        } catch (IOException e) {
            throw UserError.usage("--input " + value + ": cannot read it: " + e.getMessage());
        }
        return value;
    }
}
