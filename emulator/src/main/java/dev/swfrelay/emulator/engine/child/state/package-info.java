/**
 * The child run's state machine as its parent sees it ({@link dev.swfrelay.emulator.engine.child.state.ChildState}):
 * initiated, started, closed. Moved by the parent's fold only; its services are in
 * {@code engine.child}.
 */
package dev.swfrelay.emulator.engine.child.state;
