package dev.swfrelay.emulator.engine.change;

import dev.swfrelay.core.model.HistoryEvent;
import java.util.List;

/**
 * Told each event a run appends live, once the run has folded it in: the emulator's metrics read
 * SWF's numbers from here (issue 23). Not told on restore, nor of an event taken back (a poll gone
 * meanwhile). Called on the run's lock, so it must be quick, must not block and must not throw;
 * {@link #NONE}, the default, does nothing.
 */
@FunctionalInterface
public interface HistoryObserver {

    /** Observes nothing. */
    HistoryObserver NONE = (domain, history) -> {
    };

    /**
     * The run in {@code domain} whose history is {@code history} (read-only, valid during this call
     * only) has just appended its last element; an event's attributes refer to earlier ones by id,
     * which is their position plus one.
     */
    void appended(String domain, List<HistoryEvent> history);
}
