package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's writer: units get increasing sequence numbers when they begin, are handed over
 * whole when they end, and one thread writes them to the store and syncs, one unit per sync
 * ({@link SyncPolicy#ALWAYS}) or all that wait at once ({@link SyncPolicy#GROUP}). The durable
 * mark is the highest sequence number below which every unit is on disk (a unit that began
 * earlier and is still open holds it back), and waiters are completed as it passes them.
 *
 * <p>The writer never drops a unit. While the store is {@link RecordStore#low short of room} or a write fails, the
 * journal is {@link #refusing} (the HTTP layer then refuses changes before they reach an engine) and the writer tries
 * again, every {@link #RETRY_FIRST_MS} ms at first, up to every {@link #RETRY_MAX_MS} (an idle writer checks the store's
 * room every {@link #IDLE_CHECK_MS}): units already made go on into the
 * store's reserve; a failed batch is kept and written again, and the answers that waited for it fail with
 * {@link JournalUnavailableException} rather than wait (SDKs retry them). One line is logged when such an
 * episode starts and one when it ends.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final Batch STOP = new Batch(0, List.of());
    static final long RETRY_FIRST_MS = 50;
    static final long RETRY_MAX_MS = 1000;
    /** How often an idle writer checks the store's room, so that a disk filled meanwhile refuses the next change. */
    static final long IDLE_CHECK_MS = 1000;

    private final RecordStore store;
    private final SyncPolicy policy;
    private final LinkedBlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private final TreeSet<Long> outstanding = new TreeSet<>();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private long last;
    private long durable;
    private IOException failure;
    /** The write that failed while a batch waits to be written again; answers do not wait meanwhile. */
    private IOException failing;
    private Thread writer;
    private volatile boolean refusing;
    /** When the current episode of refusing began (writer thread only). */
    private long refusingSince;

    GroupCommit(RecordStore store, SyncPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** A new unit's sequence number. */
    long begin() {
        synchronized (lock) {
            outstanding.add(++last);
            return last;
        }
    }

    /** The unit {@code sequence} ended with {@code entries} (none: it is done at once). */
    void submit(long sequence, List<Journal.Entry> entries) {
        if (entries.isEmpty()) {
            done(List.of(sequence));
        } else {
            queue.add(new Batch(sequence, entries));
        }
    }

    CompletableFuture<Void> whenDurable() {
        synchronized (lock) {
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            if (durable >= last) {
                return DONE;
            }
            if (failing != null) {
                return CompletableFuture.failedFuture(unavailable(failing));
            }
            Waiter waiter = new Waiter(last, new CompletableFuture<>());
            waiters.add(waiter);
            return waiter.future;
        }
    }

    /** Starts the writer; a store already short of room (a full disk at start) refuses changes from the first request on. */
    synchronized void start() {
        if (writer == null) {
            if (!store.makeRoom()) {
                refusing(store.low(), 0);
            }
            writer = new Thread(this::write, "swf-relay-journal");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Whether new changes should be refused now: the store is short of room, or its last write failed. */
    boolean refusing() {
        return refusing;
    }

    private void write() {
        List<Batch> pending = new ArrayList<>();
        boolean stopping = false;
        long retry = 0;
        while (!stopping) {
            try {
                Batch next = queue.poll(retry == 0 ? IDLE_CHECK_MS : retry, TimeUnit.MILLISECONDS);
                if (next != null) {
                    pending.add(next);
                    if (policy == SyncPolicy.GROUP) {
                        queue.drainTo(pending);
                    }
                }
                stopping = pending.remove(STOP);
                if (next == null || store.low() != null) {
                    store.makeRoom();
                }
                if (!pending.isEmpty()) {
                    writeAndSync(pending);
                    pending.clear();
                }
                retry = store.low() == null ? accepting() : refusing(store.low(), retry);
            } catch (InterruptedException stop) {
                stopping = true;
            } catch (IOException writeFailed) {
                retry = keepForRetry(writeFailed, retry);
                stopping |= retry < 0;
            } catch (RuntimeException broken) {
                fail(new IOException(broken));
                stopping = true;
            }
        }
    }

    /** A write or sync failed: the batch stays to be written again in the same place, and its answers fail now. */
    private long keepForRetry(IOException writeFailed, long retry) {
        try {
            store.rewind();
        } catch (IOException cannot) {
            fail(writeFailed);
            return -1;
        }
        // refusing before any answer fails: a client that retries at once must find its change refused, not applied
        long next = refusing(writeFailed, retry);
        List<Waiter> failed;
        synchronized (lock) {
            failing = writeFailed;
            failed = new ArrayList<>(waiters);
            waiters.clear();
        }
        JournalUnavailableException unavailable = unavailable(writeFailed);
        failed.forEach(w -> w.future.completeExceptionally(unavailable));
        return next;
    }

    private JournalUnavailableException unavailable(IOException cause) {
        return new JournalUnavailableException(store.name(), cause);
    }

    /** Starts an episode of refusing (logged once) or goes on with it; the wait before the next try. */
    private long refusing(IOException cause, long retry) {
        if (!refusing) {
            refusing = true;
            refusingSince = System.nanoTime();
            LOG.error("journal {} cannot take more changes ({}): changes are refused with 503 ServiceUnavailable, "
                    + "which clients retry, until it can; reads are served, and what was acknowledged is kept",
                    store.name(), cause.getMessage());
        }
        return retry == 0 ? RETRY_FIRST_MS : Math.min(retry * 2, RETRY_MAX_MS);
    }

    /** Ends an episode of refusing, if one was on (logged once). */
    private long accepting() {
        if (refusing) {
            refusing = false;
            LOG.warn("journal {} takes changes again, after {} ms of refusing them", store.name(),
                    (System.nanoTime() - refusingSince) / 1_000_000);
        }
        return 0;
    }

    private void writeAndSync(List<Batch> batch) throws IOException {
        List<byte[]> records = new ArrayList<>(batch.size());
        List<Long> sequences = new ArrayList<>(batch.size());
        for (Batch b : batch) {
            records.add(JournalCodec.encode(b.entries()));
            sequences.add(b.sequence());
        }
        store.append(records);
        store.sync();
        synchronized (lock) {
            failing = null;
        }
        if (store.low() != null) {
            // before the answers leave: a client that reads its answer and sends a change finds it refused
            refusing(store.low(), 0);
        }
        done(sequences);
    }

    private void done(List<Long> sequences) {
        List<Waiter> ready = new ArrayList<>();
        synchronized (lock) {
            sequences.forEach(outstanding::remove);
            durable = outstanding.isEmpty() ? last : outstanding.first() - 1;
            while (!waiters.isEmpty() && waiters.peek().sequence <= durable) {
                ready.add(waiters.poll());
            }
        }
        ready.forEach(w -> w.future.complete(null));
    }

    private void fail(IOException broken) {
        LOG.error("journal {} cannot be written; no further change will be acknowledged", store.name(), broken);
        List<Waiter> failed;
        synchronized (lock) {
            failure = broken;
            failed = new ArrayList<>(waiters);
            waiters.clear();
        }
        failed.forEach(w -> w.future.completeExceptionally(broken));
    }

    /** Writes what waits, stops the writer and closes the store. */
    @Override
    public void close() {
        Thread w;
        synchronized (this) {
            w = writer;
        }
        if (w != null) {
            queue.add(STOP);
            try {
                w.join(10_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            store.close();
        } catch (IOException e) {
            LOG.warn("closing journal {}: {}", store.name(), e.getMessage());
        }
    }

    /** One unit handed over: its sequence number and changes. */
    private record Batch(long sequence, List<Journal.Entry> entries) {
    }

    /** An answer waiting for the durable mark to reach {@code sequence}. */
    private record Waiter(long sequence, CompletableFuture<Void> future) implements Comparable<Waiter> {
        @Override
        public int compareTo(Waiter other) {
            return Long.compare(sequence, other.sequence);
        }
    }
}
