package dev.swfrelay.emulator.journal;

import java.io.IOException;

/**
 * An answer's changes could not be written yet (a full disk, a failing write): they are kept and written once the
 * store can, but the answer does not wait for that. The HTTP layer answers it with a retryable 503.
 */
public final class JournalUnavailableException extends IOException {

    JournalUnavailableException(String store, IOException cause) {
        super("journal " + store + " cannot be written now: " + cause.getMessage(), cause);
    }
}
