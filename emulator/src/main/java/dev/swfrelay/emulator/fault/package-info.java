/**
 * Faults on purpose: seeded {@link dev.swfrelay.emulator.fault.FaultRules} that answer a call
 * with SWF's fault or a 5xx, delay its answer, drop it before it is applied, or apply it and lose
 * the answer. {@link dev.swfrelay.emulator.fault.InterceptedSwfService} (generated) passes every
 * call of an {@link dev.swfrelay.core.api.SwfService} through a
 * {@link dev.swfrelay.emulator.fault.FaultInjector}; in-process callers and the HTTP server
 * share it. No Netty, no Jackson: the server maps what is thrown here onto the wire.
 */
package dev.swfrelay.emulator.fault;
