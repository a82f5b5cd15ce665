package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server per data folder: an OS lock on {@link #FILE} in the folder, held while the server runs and released
 * by the OS when its process ends, {@code kill -9} included. The file holds the holder's process id and start time,
 * so that a second server can name it when it refuses to start ({@link DataFolderInUseException}).
 */
public final class DataFolderLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderLock.class);

    /** The lock file in a data folder. */
    public static final String FILE = "lock";

    /**
     * Folders locked by this JVM. The OS lock is the process's: a second server in the same JVM must be refused here,
     * before it opens the file, since closing any channel on a locked file may drop the process's lock on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;

    private DataFolderLock(Path folder, FileChannel channel) {
        this.folder = folder;
        this.channel = channel;
    }

    /** Locks {@code dataDir} (created if need be) for this process; {@link DataFolderInUseException} when another holds it. */
    public static DataFolderLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path folder = dataDir.toRealPath();
        Path file = folder.resolve(FILE);
        if (!HELD.add(folder)) {
            throw new DataFolderInUseException(folder, "a server in this process (" + holder(file) + ")");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(folder, "another process (" + holder(file) + ")");
            }
            sayWhoHolds(channel, file);
            return new DataFolderLock(folder, channel);
        } catch (IOException | RuntimeException failed) {
            HELD.remove(folder);
            if (channel != null) {
                channel.close();
            }
            throw failed;
        }
    }

    /** Writes this process's id and start time into the lock file; a full disk leaves it empty, the lock held all the same. */
    private static void sayWhoHolds(FileChannel channel, Path file) {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("unknown");
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + self.pid() + ", started " + started + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException unwritten) {
            LOG.warn("cannot write this server's process id into {}: {}", file, unwritten.getMessage());
        }
    }

    /** What the lock file says of the server that holds it: its process id and start time. */
    private static String holder(Path file) {
        try {
            String said = Files.readString(file, StandardCharsets.UTF_8).trim();
            return said.isEmpty() ? "process id unknown" : said;
        } catch (IOException unreadable) {
            return "process id unknown: " + unreadable.getMessage();
        }
    }

    /** Releases the folder: another server may use it. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing the lock of {}: {}", folder, e.getMessage());
        } finally {
            HELD.remove(folder);
        }
    }
}
