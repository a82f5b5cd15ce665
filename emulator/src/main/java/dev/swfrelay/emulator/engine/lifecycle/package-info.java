/** The one shape every engine entity shares: a state enum, a {@link dev.swfrelay.emulator.engine.lifecycle.Transitions} table, and a {@link dev.swfrelay.emulator.engine.lifecycle.Lifecycle} that refuses a move the table does not allow. */
package dev.swfrelay.emulator.engine.lifecycle;
