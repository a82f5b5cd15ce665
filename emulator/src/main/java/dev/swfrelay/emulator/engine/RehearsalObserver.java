package dev.swfrelay.emulator.engine;

/**
 * Told what the emulator's production rehearsal does to a call (issue 23): a call metered by SWF's
 * throttling buckets, an injected fault fired. The server's metrics count both; the throttling and
 * fault rules only call these two plain methods and know nothing of how they are counted. Calls
 * come from any thread, on the hot path: implementations are quick, lock-free and never throw.
 */
public interface RehearsalObserver {

    /** Observes nothing. */
    RehearsalObserver NONE = new RehearsalObserver() {
        @Override
        public void metered(Tenant tenant, String api, double capacityConsumed, boolean throttled) {
        }

        @Override
        public void faultFired(Tenant tenant, String ruleId, String action) {
        }
    };

    /**
     * A call to {@code api} (an operation, e.g. {@code PollForActivityTask}, or a decision, e.g.
     * {@code ScheduleActivityTask}) took {@code capacityConsumed} tokens from its bucket, or, when
     * {@code throttled}, found it empty and was refused ({@code capacityConsumed} is then 0).
     */
    void metered(Tenant tenant, String api, double capacityConsumed, boolean throttled);

    /** The fault-injection rule {@code ruleId} fired with {@code action} (e.g. {@code fault}, {@code latency}, {@code drop}, {@code lose-answer}). */
    void faultFired(Tenant tenant, String ruleId, String action);
}
