package dev.swfrelay.emulator.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The history files a user names: files as given, folders as their {@code *.json} files in name order. */
public final class HistoryFiles {

    private HistoryFiles() {
    }

    public static List<Path> in(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                files.addAll(jsonFilesIn(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(path + ": no such file or folder");
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> jsonFilesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> files = entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException(folder + ": holds no *.json history files");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be listed", e);
        }
    }
}
