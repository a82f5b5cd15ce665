/**
 * The pipeline decider: {@link dev.swfrelay.core.pipeline.Pipeline} runs
 * {@link dev.swfrelay.core.pipeline.Step}s in order, or as soon as the steps each names
 * {@code after} have completed (fan-out, fan-in), each retried by its
 * {@link dev.swfrelay.core.pipeline.RetryPolicy}, deciding from the history alone.
 */
package dev.swfrelay.core.pipeline;
