package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's writer: units get increasing sequence numbers when they begin, are handed over
 * whole when they end, and one thread writes them to the store and syncs, one unit per sync
 * ({@link SyncPolicy#ALWAYS}) or all that wait at once ({@link SyncPolicy#GROUP}). The durable
 * mark is the highest sequence number below which every unit is on disk (a unit that began
 * earlier and is still open holds it back), and waiters are completed as it passes them.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final Batch STOP = new Batch(0, List.of());

    private final RecordStore store;
    private final SyncPolicy policy;
    private final LinkedBlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private final TreeSet<Long> outstanding = new TreeSet<>();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private long last;
    private long durable;
    private IOException failure;
    private Thread writer;

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
            Waiter waiter = new Waiter(last, new CompletableFuture<>());
            waiters.add(waiter);
            return waiter.future;
        }
    }

    synchronized void start() {
        if (writer == null) {
            writer = new Thread(this::write, "swf-relay-journal");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void write() {
        List<Batch> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
                if (policy == SyncPolicy.GROUP) {
                    queue.drainTo(batch);
                }
                stopping = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    writeAndSync(batch);
                }
            } catch (InterruptedException stop) {
                stopping = true;
            } catch (IOException | RuntimeException broken) {
                fail(broken instanceof IOException io ? io : new IOException(broken));
                stopping = true;
            }
            batch.clear();
        }
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
