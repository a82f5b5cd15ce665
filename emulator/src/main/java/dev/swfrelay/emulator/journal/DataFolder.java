package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a data folder: journal segments {@code journal-N.log}, numbered from 1 (the single
 * {@code journal.log} of earlier versions counts as segment 0), and snapshots {@code snapshot-N.snap},
 * each holding in compacted form everything the segments before N held. A snapshot is written as
 * {@code snapshot-N.snap.tmp}, synced, then renamed: a {@code .tmp} is one a crash cut short, never read.
 */
final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final Pattern SEGMENT = Pattern.compile("journal-(\\d+)\\.log");
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d+)\\.snap");
    static final String TMP = ".tmp";

    private final Path dir;

    DataFolder(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath();
        Files.createDirectories(this.dir);
    }

    Path dir() {
        return dir;
    }

    Path segment(long number) {
        return number == 0 ? dir.resolve(Journal.FILE) : dir.resolve(String.format(Locale.ROOT, "journal-%010d.log", number));
    }

    Path snapshot(long number) {
        return dir.resolve(String.format(Locale.ROOT, "snapshot-%010d.snap", number));
    }

    Path tmp(long number) {
        return dir.resolve(snapshot(number).getFileName() + TMP);
    }

    /** The segments' numbers, oldest first (0 for a {@code journal.log} of earlier versions). */
    TreeSet<Long> segments() throws IOException {
        TreeSet<Long> numbers = numbers(SEGMENT);
        if (Files.exists(dir.resolve(Journal.FILE))) {
            numbers.add(0L);
        }
        return numbers;
    }

    /** The newest complete snapshot's number. */
    OptionalLong newestSnapshot() throws IOException {
        TreeSet<Long> numbers = numbers(SNAPSHOT);
        return numbers.isEmpty() ? OptionalLong.empty() : OptionalLong.of(numbers.last());
    }

    /**
     * Makes the folder what a start reads: snapshots cut short by a crash deleted, and segments and older snapshots
     * that the newest snapshot covers (left by a crash before they were deleted) too; returns the files to read, in order.
     */
    List<Path> tidyForStart() throws IOException {
        for (Path tmp : list(p -> p.getFileName().toString().endsWith(TMP))) {
            LOG.warn("data folder {}: {} is a snapshot a crash cut short; deleting it", dir, tmp.getFileName());
            Files.delete(tmp);
        }
        OptionalLong snapshot = newestSnapshot();
        List<Path> read = new ArrayList<>();
        if (snapshot.isPresent()) {
            deleteCovered(snapshot.getAsLong());
            read.add(snapshot(snapshot.getAsLong()));
        }
        for (long segment : segments()) {
            read.add(segment(segment));
        }
        FileRecordStore.syncDirectory(dir);
        return read;
    }

    /** Deletes the segments snapshot {@code number} covers, then the older snapshots (so one snapshot left means done). */
    void deleteCovered(long number) throws IOException {
        for (long covered : segments().headSet(number)) {
            Files.deleteIfExists(segment(covered));
        }
        for (long older : numbers(SNAPSHOT).headSet(number)) {
            Files.deleteIfExists(snapshot(older));
        }
    }

    /** Bytes the segments and snapshots take on disk. */
    long bytes() throws IOException {
        long total = 0;
        for (Path file : list(p -> SEGMENT.matcher(p.getFileName().toString()).matches()
                || SNAPSHOT.matcher(p.getFileName().toString()).matches() || p.getFileName().toString().equals(Journal.FILE))) {
            total += Files.size(file);
        }
        return total;
    }

    private TreeSet<Long> numbers(Pattern pattern) throws IOException {
        TreeSet<Long> numbers = new TreeSet<>();
        for (Path file : list(p -> pattern.matcher(p.getFileName().toString()).matches())) {
            Matcher m = pattern.matcher(file.getFileName().toString());
            if (m.matches()) {
                numbers.add(Long.parseLong(m.group(1)));
            }
        }
        return numbers;
    }

    private List<Path> list(java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(which).toList();
        }
    }
}
