/**
 * Activity workers: an {@link dev.swfrelay.core.worker.ActivityHandler} runs one task given
 * its {@link dev.swfrelay.core.worker.ActivityContext}; {@link dev.swfrelay.core.worker.ActivityWorker}
 * polls, runs, heartbeats and reports on an {@link dev.swfrelay.core.port.ActivityTaskSource}.
 */
package dev.swfrelay.core.worker;
