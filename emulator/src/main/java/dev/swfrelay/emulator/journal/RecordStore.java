package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.util.List;

/**
 * Where a {@link Journal} keeps its records: opaque byte strings, appended in batches and made
 * durable by {@link #sync}, read back whole and in order at start-up. {@link FileRecordStore}
 * is the product; other stores (a SQLite table, for the benchmark) plug in here.
 */
public interface RecordStore extends AutoCloseable {

    /** Every record kept, oldest first; a store that cannot vouch for one refuses, naming where. */
    List<StoredRecord> readAll() throws IOException;

    /** Appends {@code records} after those kept; durable only once {@link #sync} returns. */
    void append(List<byte[]> records) throws IOException;

    /** Makes everything appended so far survive a crash of the process or the machine. */
    void sync() throws IOException;

    /**
     * After an {@link #append} or {@link #sync} that failed: forgets what was appended since the last sync that
     * succeeded, so that it is appended again in the same place rather than twice. A store that cannot throws.
     */
    default void rewind() throws IOException {
        throw new IOException(name() + " cannot write a failed batch again");
    }

    /**
     * Why the store is short of room (it could not grow, or the disk is nearly full), null while it is not. A store
     * short of room still takes appends into the space it holds; its owner should make no new changes.
     */
    default IOException low() {
        return null;
    }

    /** Checks that the store has room ahead, and gets it where it can; true when it has, otherwise it is {@link #low}. */
    default boolean makeRoom() {
        return true;
    }

    /** Bytes the store takes on disk now. */
    long sizeOnDisk() throws IOException;

    /** What the store is, for messages: its file. */
    String name();

    @Override
    void close() throws IOException;
}
