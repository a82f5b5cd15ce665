package dev.swfrelay.emulator;

import dev.swfrelay.core.api.EmulatorDefaults;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import dev.swfrelay.emulator.http.transport.ConnectionLimits;
import dev.swfrelay.emulator.journal.Journal;
import dev.swfrelay.emulator.journal.RecordStore;
import dev.swfrelay.emulator.journal.SyncPolicy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server around the engines is set up, the server layer's one settings record (each
 * region's engine has {@link dev.swfrelay.emulator.engine.EngineSettings}): where it listens, its
 * threads, what it allows a connection, the account keys that guard it, and where it keeps its data.
 * {@link SwfEmulatorServer.Builder} collects it; an invalid value fails there, naming the setting.
 *
 * @param port       the TCP port; 0 picks a free one ({@code serve} uses {@link EmulatorDefaults#SERVE_PORT})
 * @param keys       the keys every request must be signed with; empty: an open server of one account
 * @param dataDir    the folder of the journal; empty (and no {@code dataStore}): state in memory only
 * @param dataStore  the journal's records in another store (a benchmark's)
 */
public record ServerSettings(int port, String bindAddress, int ioThreads, ConnectionLimits connections,
                             Optional<AccountKeys> keys, Optional<Path> dataDir, Optional<RecordStore> dataStore,
                             SyncPolicy sync, long snapshotAfter) {

    /** The address a server listens on when told none: this machine only. */
    public static final String BIND_ADDRESS = "127.0.0.1";
    /** Threads serving connections; parked polls hold none. */
    public static final int IO_THREADS = 2;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads must be at least 1, was " + ioThreads);
        }
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(dataStore, "dataStore");
        Objects.requireNonNull(sync, "sync");
        if (snapshotAfter < 1) {
            throw new IllegalArgumentException("snapshotAfter must be at least 1 byte, was " + snapshotAfter);
        }
    }

    /** Whether state is journaled (in a folder or another store). */
    public boolean durable() {
        return dataDir.isPresent() || dataStore.isPresent();
    }

    /** A server on a free port of 127.0.0.1, open, in memory, with the default connection limits. */
    public static ServerSettings defaults() {
        return new ServerSettings(0, BIND_ADDRESS, IO_THREADS, ConnectionLimits.defaults(), Optional.empty(),
                Optional.empty(), Optional.empty(), SyncPolicy.GROUP, Journal.DEFAULT_SNAPSHOT_AFTER_BYTES);
    }
}
