/**
 * Domains and their workflow and activity types ({@link dev.swfrelay.emulator.engine.registry.DomainRegistry},
 * {@link dev.swfrelay.emulator.engine.registry.TypeRegistry}), and the registry operations that
 * change them, told to the change log ({@link dev.swfrelay.emulator.engine.registry.RegistryChanges}).
 */
package dev.swfrelay.emulator.engine.registry;
