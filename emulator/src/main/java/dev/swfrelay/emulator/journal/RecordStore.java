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

    /** Bytes the store takes on disk now. */
    long sizeOnDisk() throws IOException;

    /** What the store is, for messages: its file. */
    String name();

    @Override
    void close() throws IOException;
}
