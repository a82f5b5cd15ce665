/** The child run as its parent follows it ({@link dev.swfrelay.emulator.engine.child.ChildState}): initiated, started, closed. Moved by the run's fold only. */
package dev.swfrelay.emulator.engine.child;
