package dev.swfrelay.emulator.journal;

import java.util.Objects;

/**
 * A journal that cannot be read back whole: a record before its last one is damaged, or one does
 * not decode. The server refuses to start rather than drop the history after it; the message
 * names the file and the byte position.
 */
public final class CorruptJournalException extends RuntimeException {

    private final String file;
    private final long position;

    public CorruptJournalException(String file, long position, String problem) {
        super("journal " + Objects.requireNonNull(file, "file") + " is damaged at byte " + position + ": " + problem
                + "; refusing to start rather than drop the history after it (restore the file from a backup,"
                + " or move it away to start empty)");
        this.file = file;
        this.position = position;
    }

    public String file() {
        return file;
    }

    public long position() {
        return position;
    }
}
