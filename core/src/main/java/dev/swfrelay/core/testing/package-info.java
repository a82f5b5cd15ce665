/**
 * Helpers for testing deciders as pure functions: {@link dev.swfrelay.core.testing.HistoryBuilder}
 * builds histories and decision tasks by hand.
 */
package dev.swfrelay.core.testing;
