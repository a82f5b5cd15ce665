package dev.swfrelay.emulator.journal;

import java.util.Locale;

/** When the journal forces its records to disk; either way no answer leaves before its changes are durable. */
public enum SyncPolicy {
    /** One sync per unit of change: each answer waits for its own sync. */
    ALWAYS,
    /** One sync for every unit waiting at the time (group commit): the same guarantee, far fewer syncs. */
    GROUP;

    /** {@code always} or {@code group}, as the command line spells them. */
    public static SyncPolicy named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("sync policy must be 'always' or 'group', was '" + name + "'");
        }
    }
}
