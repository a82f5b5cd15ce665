package dev.swfrelay.emulator.journal;

import java.util.Objects;

/** One record read back from a {@link RecordStore}, with where it is (a byte offset in a file, a row id). */
public record StoredRecord(long position, byte[] payload) {

    public StoredRecord {
        Objects.requireNonNull(payload, "payload");
    }
}
