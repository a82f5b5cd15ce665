/**
 * The engine's entry: {@link dev.swfrelay.emulator.engine.facade.SwfEngine}, the {@link dev.swfrelay.core.api.SwfService}
 * every caller holds, routing each SWF operation to its concept's package (its registry half in
 * {@link dev.swfrelay.emulator.engine.facade.RegistryOperations}); {@link dev.swfrelay.emulator.engine.facade.EngineServices}, the wiring (every service
 * built once, by constructor, in the order they call one another); and
 * {@link dev.swfrelay.emulator.engine.facade.EngineRestorer}, which rebuilds an engine from its change log through the
 * runs' own fold.
 */
package dev.swfrelay.emulator.engine.facade;
