package dev.swfrelay.emulator.engine.change;

/**
 * Where an engine tells its state changes, e.g. a durable journal. Changes come in units: a
 * thread opens one when it takes a run's lock and closes it when it lets go; units nest, and
 * the outermost one holds every change the thread made meanwhile, to be kept together or not at
 * all. A change recorded outside any unit is a unit of its own. {@link #NONE} keeps nothing:
 * in-memory engines use it.
 */
public interface ChangeLog {

    /** Keeps nothing. */
    ChangeLog NONE = new ChangeLog() {
        @Override
        public void begin() {
        }

        @Override
        public void record(Change change) {
        }

        @Override
        public void retract(Change change) {
        }

        @Override
        public void end() {
        }
    };

    /** This thread begins a unit (or a nested one). */
    void begin();

    /** {@code change} happened in this thread's unit. */
    void record(Change change);

    /** {@code change}, recorded in this thread's open unit, did not happen after all (a poll gone meanwhile). */
    void retract(Change change);

    /** This thread ends a unit; the outermost one is then handed on whole. */
    void end();
}
