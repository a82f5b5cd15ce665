package dev.swfrelay.emulator.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * space the file grows by ahead of its records ({@link #GROWTH} at a time, so that a sync writes
 * data only, not the file's size), and records are written over them; damage anywhere before the last record refuses with
 * {@link CorruptJournalException} naming the file and the byte position.
 */
public final class FileRecordStore implements RecordStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileRecordStore.class);
    static final int HEADER = 12;
    static final int MAX_RECORD = 64 << 20;
    /** The file grows by this much of zeros at a time, so that a sync need not also write the file's new size. */
    static final int GROWTH = 16 << 20;

    private final Path file;
    private final FileChannel channel;
    private long end;

    private FileRecordStore(Path file, FileChannel channel, boolean created) {
        this.file = file;
        this.channel = channel;
        this.end = created ? 0 : -1;
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
        return new FileRecordStore(file, channel, created);
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
        grow(total);
        while (out.hasRemaining()) {
            end += channel.write(out, end);
        }
    }

    /** Writes zeros past the end when {@code needed} more bytes would not fit, and syncs the file's new size once. */
    private void grow(int needed) throws IOException {
        long size = channel.size();
        if (end + needed <= size) {
            return;
        }
        ByteBuffer zeros = ByteBuffer.allocate(Math.max(GROWTH, needed));
        long at = size;
        while (zeros.hasRemaining()) {
            at += channel.write(zeros, at);
        }
        channel.force(true);
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
        channel.force(false);
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
