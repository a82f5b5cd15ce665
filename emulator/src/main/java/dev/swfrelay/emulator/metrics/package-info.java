/**
 * The server's metrics in Prometheus' text format, mirroring SWF's CloudWatch metrics, on the
 * Prometheus Java client (ADR 0012). The engine knows nothing of it: it tells a
 * {@link dev.swfrelay.emulator.engine.change.HistoryObserver} the events it appends.
 */
package dev.swfrelay.emulator.metrics;
