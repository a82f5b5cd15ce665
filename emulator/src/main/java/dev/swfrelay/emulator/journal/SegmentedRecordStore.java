package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data folder's records ({@link DataFolder}): read back from the newest snapshot and the segments after it, appended
 * to the newest segment. {@link #rotate} seals that segment and starts the next, so a snapshot can fold the sealed ones
 * while appends go on; once the bytes appended since the last rotation pass the snapshot threshold, {@code full} is told.
 */
final class SegmentedRecordStore implements RecordStore {

    private final DataFolder folder;
    private final List<Path> toRead;
    private FileRecordStore current;
    private long segment;
    private long sinceRotation;
    private Runnable full = () -> { };
    private long threshold = Long.MAX_VALUE;

    private SegmentedRecordStore(DataFolder folder, List<Path> toRead) {
        this.folder = folder;
        this.toRead = toRead;
    }

    static SegmentedRecordStore open(Path dir) throws IOException {
        DataFolder folder = new DataFolder(dir);
        return new SegmentedRecordStore(folder, folder.tidyForStart());
    }

    DataFolder folder() {
        return folder;
    }

    /** Tells {@code full} each time an append leaves more than {@code threshold} bytes since the last rotation. */
    synchronized void whenFull(long threshold, Runnable full) {
        this.threshold = threshold;
        this.full = full;
    }

    synchronized void threshold(long threshold) {
        this.threshold = threshold;
    }

    /** Reads the newest snapshot and the segments after it, then opens a new segment to append to. */
    @Override
    public synchronized List<StoredRecord> readAll() throws IOException {
        List<StoredRecord> records = new ArrayList<>();
        for (Path file : toRead) {
            try (FileRecordStore store = FileRecordStore.open(file)) {
                records.addAll(store.readAll());
                if (!file.getFileName().toString().startsWith("snapshot-")) {
                    sinceRotation += store.recordBytes();
                }
            }
        }
        long last = folder.segments().isEmpty() ? 0 : folder.segments().last();
        segment = Math.max(last + 1, folder.newestSnapshot().orElse(1));
        current = FileRecordStore.open(folder.segment(segment));
        return records;
    }

    @Override
    public synchronized void append(List<byte[]> records) throws IOException {
        current.append(records);
        for (byte[] r : records) {
            sinceRotation += FileRecordStore.HEADER + r.length;
        }
        if (sinceRotation > threshold) {
            full.run();
        }
    }

    @Override
    public synchronized void sync() throws IOException {
        current.sync();
    }

    /** Seals the segment appended to (its records synced, its spare zeros cut) and starts the next; returns its number. */
    synchronized long rotate() throws IOException {
        FileRecordStore next = FileRecordStore.open(folder.segment(segment + 1));
        current.seal();
        current.close();
        current = next;
        sinceRotation = 0;
        return ++segment;
    }

    @Override
    public synchronized void rewind() throws IOException {
        current.rewind();
    }

    @Override
    public synchronized IOException low() {
        return current == null ? null : current.low();
    }

    @Override
    public synchronized boolean makeRoom() {
        return current == null || current.makeRoom();
    }

    @Override
    public long sizeOnDisk() throws IOException {
        return folder.bytes();
    }

    @Override
    public String name() {
        return folder.dir().toString();
    }

    @Override
    public synchronized void close() throws IOException {
        if (current != null) {
            try {
                current.seal();
            } finally {
                current.close();
            }
        }
    }
}
