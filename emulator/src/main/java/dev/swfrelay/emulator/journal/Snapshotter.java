package dev.swfrelay.emulator.journal;

import dev.swfrelay.emulator.engine.change.ClockChanged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes snapshots of a data folder on its own thread: (1) the store rotates to a new segment (appends wait
 * only for that), (2) the previous snapshot and the sealed segments are folded ({@link Compaction}) into
 * {@code snapshot-N.snap.tmp}, synced, renamed to {@code snapshot-N.snap} and the folder synced, (3) only
 * then the older snapshot and the segments it now covers are deleted. A crash at any point leaves either the
 * old snapshot with every segment after it or the new one (a {@code .tmp} is deleted at start).
 *
 * <p>A test may stop the thread for good at one of those points, to kill the process there: the system
 * property {@value #PAUSE} set to {@code after-rotation}, {@code mid-write} or {@code after-rename} makes
 * the snapshot print {@code SNAPSHOT PAUSED <point>} on standard error and wait forever at it.
 */
final class Snapshotter implements AutoCloseable {

    /** The system property naming the point where snapshots stop (tests kill the process there). */
    static final String PAUSE = "swf.relay.snapshot.pause";
    /** A snapshot's records hold at most this many changes each. */
    private static final int PER_RECORD = 256;
    private static final Logger LOG = LoggerFactory.getLogger(Snapshotter.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final SegmentedRecordStore store;
    private final DataFolder folder;
    private final long minimum;
    private final Supplier<Instant> now;
    private final Supplier<ClockChanged> clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "swf-relay-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean requested = new AtomicBoolean();
    private final String pause = System.getProperty(PAUSE, "");
    private volatile Snapshot last;

    Snapshotter(SegmentedRecordStore store, long minimum, Supplier<Instant> now, Supplier<ClockChanged> clock) {
        this.store = store;
        this.folder = store.folder();
        this.minimum = minimum;
        this.now = now;
        this.clock = clock;
        store.whenFull(Math.max(minimum, newestSnapshotBytes()), this::request);
    }

    private long newestSnapshotBytes() {
        try {
            OptionalLong newest = folder.newestSnapshot();
            return newest.isPresent() ? Files.size(folder.snapshot(newest.getAsLong())) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** Starts a snapshot in the background unless one is already waiting to start. */
    void request() {
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                requested.set(false);
                try {
                    take();
                } catch (IOException | RuntimeException failed) {
                    LOG.error("data folder {}: a snapshot failed; the journal keeps everything and the next one will try again",
                            folder.dir(), failed);
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.debug("data folder {}: no snapshot, the journal is closing", folder.dir());
        }
    }

    /** Takes a snapshot now (after any running one); completes with it. */
    CompletableFuture<Snapshot> takeNow() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return take();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, thread);
    }

    /** The last snapshot taken since start, null if none. */
    Snapshot last() {
        return last;
    }

    private Snapshot take() throws IOException {
        long began = System.nanoTime();
        OptionalLong previous = folder.newestSnapshot();
        long number = store.rotate();
        pause("after-rotation");
        Compaction compaction = new Compaction(now.get());
        List<Path> inputs = new ArrayList<>();
        previous.ifPresent(p -> inputs.add(folder.snapshot(p)));
        for (long segment : folder.segments().headSet(number)) {
            if (previous.isEmpty() || segment >= previous.getAsLong()) {
                inputs.add(folder.segment(segment));
            }
        }
        for (Path input : inputs) {
            try (FileRecordStore file = FileRecordStore.open(input)) {
                for (StoredRecord record : file.readAll()) {
                    Journal.decode(record, input.toString()).forEach(compaction::add);
                }
            }
        }
        List<Journal.Entry> entries = compaction.result(clock.get());
        long bytes = write(number, entries);
        pause("after-rename");
        folder.deleteCovered(number);
        FileRecordStore.syncDirectory(folder.dir());
        store.threshold(Math.max(minimum, bytes));
        Snapshot taken = new Snapshot(number, entries.size(), bytes, (System.nanoTime() - began) / 1_000_000);
        last = taken;
        LOG.info("data folder {}: snapshot {} of {} changes, {} bytes, in {} ms", folder.dir(), number, entries.size(),
                bytes, taken.millis());
        return taken;
    }

    /** Writes {@code entries} as snapshot {@code number}: to a .tmp file, synced, renamed, the folder synced. */
    private long write(long number, List<Journal.Entry> entries) throws IOException {
        Path tmp = folder.tmp(number);
        Files.deleteIfExists(tmp);
        long bytes;
        try (FileRecordStore out = FileRecordStore.open(tmp)) {
            bytes = writeRecords(out, entries);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(tmp);
            throw failed;
        }
        Files.move(tmp, folder.snapshot(number), StandardCopyOption.ATOMIC_MOVE);
        FileRecordStore.syncDirectory(folder.dir());
        return bytes;
    }

    /** Writes {@code entries} into {@code out}, {@link #PER_RECORD} to a record, and seals it; returns its bytes. */
    private long writeRecords(FileRecordStore out, List<Journal.Entry> entries) throws IOException {
        for (int from = 0; from < entries.size(); from += PER_RECORD) {
            out.append(List.of(JournalCodec.encode(entries.subList(from, Math.min(entries.size(), from + PER_RECORD)))));
            if (from + PER_RECORD >= entries.size() / 2 && from < entries.size() / 2) {
                out.sync();
                pause("mid-write");
            }
        }
        out.seal();
        return out.recordBytes();
    }

    private void pause(String point) {
        if (pause.equals(point)) {
            System.err.println("SNAPSHOT PAUSED " + point);
            System.err.flush();
            while (true) {
                LockSupport.park(this);
            }
        }
    }

    /**
     * Lets a running snapshot finish (for at most {@code CLOSE_WAIT}), never interrupting it: an interrupt would close
     * the journal's own file channel under the writer. Snapshots not yet begun are dropped.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("data folder {}: a snapshot still runs at close; a start will tidy what it leaves", folder.dir());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A snapshot taken: its number, how many changes it holds, its bytes and how long it took. */
    record Snapshot(long number, int changes, long bytes, long millis) {
    }
}
