package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records in one append-only file. Each record is framed as its length (4 bytes), a CRC32C of
 * that length (4), a CRC32C of the payload (4), then the payload. Reading back, a record cut short
 * at the end of the file, or whose payload does not match its checksum with nothing but zeros
 * after it (a write torn by a crash), is logged and cut off; zeros where a record would begin are the
 * space the file grows by ahead of its records (up to {@link #GROWTH} at a time, so that a sync writes
 * data only, not the file's size), and records are written over them; damage anywhere before the last record refuses with
 * {@link CorruptJournalException} naming the file and the byte position.
 *
 * <p>The file grows ahead of need, once fewer than a quarter of a growth of zeros are left. When it cannot grow (a
 * full disk, or any write error), or when the file system has less than a growth free (the next growth would
 * fail), the store is {@link #low}: it goes on writing into the space it already holds, and its owner should
 * take no new changes until {@link #makeRoom} succeeds.
 */
public final class FileRecordStore implements RecordStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileRecordStore.class);
    static final int HEADER = 12;
    static final int MAX_RECORD = 64 << 20;
    /**
     * The file grows by this much of zeros at a time, so that a sync need not also write the file's new size; by an
     * eighth of the file system, at least 1 MB, where that is less (a small volume).
     */
    static final int GROWTH = 16 << 20;
    private static final int SMALLEST_GROWTH = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final FileStore disk;
    private final int growth;
    /** The file grows once fewer zeros than this ({@code growth / 4}) are left: changes already made go into them when it cannot. */
    private final int reserve;
    private long end;
    /** The end when the last sync succeeded: where {@link #rewind} writes again from. */
    private long synced;
    /** Why the store could not grow (it writes into what it holds), null while it can. */
    private IOException low;

    private FileRecordStore(Path file, FileChannel channel, boolean created, FileStore disk) {
        this.file = file;
        this.channel = channel;
        this.end = created ? 0 : -1;
        this.synced = end;
        this.disk = disk;
        this.growth = growthOn(disk);
        this.reserve = growth / 4;
    }

    /** Opens (creating it and its folder if need be) the journal file {@code file}. */
    public static FileRecordStore open(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (created) {
            syncDirectory(dir);
        }
        return new FileRecordStore(file, channel, created, fileStore(file));
    }

    private static int growthOn(FileStore disk) {
        try {
            long eighth = disk == null ? GROWTH : disk.getTotalSpace() / 8;
            return (int) Math.max(SMALLEST_GROWTH, Math.min(GROWTH, eighth));
        } catch (IOException unknown) {
            return GROWTH;
        }
    }

    private static FileStore fileStore(Path file) {
        try {
            return Files.getFileStore(file);
        } catch (IOException unknown) {
            LOG.debug("cannot tell the free space of {}'s file system: {}", file, unknown.getMessage());
            return null;
        }
    }

    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException notSupported) {
            LOG.debug("cannot sync folder {}: {}", dir, notSupported.getMessage());
        }
    }

    @Override
    public List<StoredRecord> readAll() throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("journal " + file + " holds " + size + " bytes; at most 2 GB are read back"
                    + " (move it away to start empty)");
        }
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
            // read the whole file
        }
        all.flip();
        List<StoredRecord> records = new ArrayList<>();
        int position = 0;
        while (position < size) {
            if (allZero(all, position)) {
                LOG.debug("journal {}: {} bytes of space made ready after the last record", file, size - position);
                break;
            }
            String torn = tornTail(all, position);
            if (torn != null) {
                LOG.warn("journal {}: {} at byte {} (a write cut short by a crash); dropping the last {} bytes",
                        file, torn, position, size - position);
                channel.truncate(position);
                channel.force(true);
                break;
            }
            int length = all.getInt(position);
            byte[] payload = new byte[length];
            all.get(position + HEADER, payload);
            records.add(new StoredRecord(position, payload));
            position += HEADER + length;
        }
        end = position;
        synced = end;
        return records;
    }

    /** Why the record at {@code position} is a torn tail, null when it is whole; throws when it is damage. */
    private String tornTail(ByteBuffer all, int position) {
        int left = all.limit() - position;
        if (left < HEADER) {
            return "a record header cut short";
        }
        int length = all.getInt(position);
        boolean header = crc(all, position, 4) == all.getInt(position + 4) && length >= 0 && length <= MAX_RECORD;
        if (!header && allZero(all, position + HEADER)) {
            return "a record header cut short";
        }
        if (!header) {
            throw new CorruptJournalException(file.toString(), position, "a record's length field is damaged");
        }
        if (left < HEADER + length) {
            return "a record cut short (" + (left - HEADER) + " of " + length + " bytes)";
        }
        if (crc(all, position + HEADER, length) != all.getInt(position + 8)) {
            if (left == HEADER + length || allZero(all, position + HEADER + length)) {
                return "the last record's checksum does not match";
            }
            throw new CorruptJournalException(file.toString(), position,
                    "a record's checksum does not match, and " + (left - HEADER - length) + " bytes follow it");
        }
        return null;
    }

    private static boolean allZero(ByteBuffer all, int from) {
        for (int i = from; i < all.limit(); i++) {
            if (all.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int crc(ByteBuffer all, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(all.slice(from, length));
        return (int) crc.getValue();
    }

    @Override
    public void append(List<byte[]> records) throws IOException {
        int total = 0;
        for (byte[] r : records) {
            total += HEADER + r.length;
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        for (byte[] r : records) {
            frame(out, r);
        }
        out.flip();
        if (end < 0) {
            throw new IllegalStateException("journal " + file + " must be read back before it is appended to");
        }
        growAhead(total);
        if (end + total > channel.size()) {
            throw new IOException("journal " + file + " has no room left for " + total + " bytes"
                    + (low == null ? "" : " (" + low.getMessage() + ")"));
        }
        // the end moves only once the whole batch is written: after a failure it is written again at the same place
        long at = end;
        while (out.hasRemaining()) {
            at += channel.write(out, at);
        }
        end = at;
    }

    /** Grows the file when less than its reserve would be left after {@code needed}; marks the store low when it cannot. */
    private void growAhead(int needed) throws IOException {
        if (low != null) {
            return;
        }
        try {
            if (end + needed + reserve > channel.size()) {
                grow(needed + reserve);
            }
            requireFreeSpace();
        } catch (IOException cannotGrow) {
            low = cannotGrow;
        }
    }

    /** Fails when the file system has less free than one growth: the next one would fail. */
    private void requireFreeSpace() throws IOException {
        long free = freeSpace();
        if (free < growth) {
            throw new IOException("only " + free + " bytes free on the file system, less than the "
                    + growth + " the journal grows by");
        }
    }

    /** Writes at least one growth of zeros past the end of the file, and syncs the file's new size once. */
    private void grow(int needed) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(Math.max(growth, needed));
        long at = channel.size();
        while (zeros.hasRemaining()) {
            at += channel.write(zeros, at);
        }
        channel.force(true);
    }

    private long freeSpace() throws IOException {
        return disk == null ? Long.MAX_VALUE : disk.getUsableSpace();
    }

    /**
     * Why the store could not grow when it last tried (a full disk or a failing write), null while it can: a low store
     * writes into the space it holds, and its owner should take no new changes until {@link #makeRoom} succeeds.
     */
    @Override
    public IOException low() {
        return low;
    }

    /**
     * Checks the room ahead (the file system has one growth free), and when the store is low, grows the file to its
     * reserve again if need be: true when it has room; otherwise the store is {@link #low}. A store with room is left
     * as it is: it grows when it is appended to.
     */
    @Override
    public boolean makeRoom() {
        try {
            requireFreeSpace();
            if (low != null && end >= 0 && end + reserve > channel.size()) {
                grow(reserve);
            }
            low = null;
            return true;
        } catch (IOException noRoom) {
            low = noRoom;
            return false;
        }
    }

    /** Writes {@code payload} framed into {@code out}. */
    static void frame(ByteBuffer out, byte[] payload) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(0, payload.length);
        out.putInt(payload.length);
        out.putInt(crc(length, 0, 4));
        out.putInt(crc(ByteBuffer.wrap(payload), 0, payload.length));
        out.put(payload);
    }

    /** Cuts the zeros made ready after the last record and syncs: the file is whole and will not grow again. */
    void seal() throws IOException {
        if (end >= 0 && channel.size() > end) {
            channel.truncate(end);
        }
        channel.force(true);
    }

    @Override
    public void sync() throws IOException {
        long upTo = end;
        channel.force(false);
        synced = upTo;
    }

    /** After a failed append or sync: what was appended since the last sync that succeeded is written again, at the same place. */
    @Override
    public void rewind() {
        end = synced;
    }

    @Override
    public long sizeOnDisk() throws IOException {
        return channel.size();
    }

    /** Bytes the records take, without the zeros made ready after them. */
    public long recordBytes() {
        return end;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
