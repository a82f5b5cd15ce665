/**
 * The pipeline decider: {@link dev.swfrelay.core.pipeline.Pipeline} runs
 * {@link dev.swfrelay.core.pipeline.Step}s in order, each retried by its
 * {@link dev.swfrelay.core.pipeline.RetryPolicy}, deciding from the history alone.
 */
package dev.swfrelay.core.pipeline;
