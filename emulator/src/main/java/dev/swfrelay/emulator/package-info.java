/**
 * The emulator's entry point: {@link dev.swfrelay.emulator.SwfEmulator}, SWF in this
 * process, reachable as an {@link dev.swfrelay.core.api.SwfService} or through core's ports.
 */
package dev.swfrelay.emulator;
