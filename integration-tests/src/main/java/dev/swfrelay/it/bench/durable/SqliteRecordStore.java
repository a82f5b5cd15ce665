package dev.swfrelay.it.bench.durable;

import dev.swfrelay.emulator.journal.RecordStore;
import dev.swfrelay.emulator.journal.StoredRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's records in one SQLite table (WAL mode, {@code synchronous=FULL} so that a commit is
 * durable), one transaction per batch: the variant ADR 0007 measured against the journal file.
 * SQLite checks its own pages; the journal's framing and checksums are not needed here.
 */
public final class SqliteRecordStore implements RecordStore {

    private final Path file;
    private final Connection db;
    private final PreparedStatement insert;

    private SqliteRecordStore(Path file, Connection db) throws SQLException {
        this.file = file;
        this.db = db;
        this.insert = db.prepareStatement("INSERT INTO records(payload) VALUES (?)");
    }

    public static SqliteRecordStore open(Path file) throws IOException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS records(id INTEGER PRIMARY KEY AUTOINCREMENT, payload BLOB NOT NULL)");
            }
            db.setAutoCommit(false);
            return new SqliteRecordStore(file, db);
        } catch (SQLException e) {
            throw new IOException("cannot open SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredRecord> readAll() throws IOException {
        List<StoredRecord> records = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT id, payload FROM records ORDER BY id")) {
            while (rows.next()) {
                records.add(new StoredRecord(rows.getLong(1), rows.getBytes(2)));
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("cannot read SQLite store " + file + ": " + e.getMessage(), e);
        }
        return records;
    }

    @Override
    public void append(List<byte[]> records) throws IOException {
        try {
            for (byte[] record : records) {
                insert.setBytes(1, record);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IOException("cannot append to SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void sync() throws IOException {
        try {
            db.commit();
        } catch (SQLException e) {
            throw new IOException("cannot commit SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long sizeOnDisk() throws IOException {
        long size = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = Path.of(file + suffix);
            size += Files.exists(part) ? Files.size(part) : 0;
        }
        return size;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            db.commit();
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot close SQLite store " + file + ": " + e.getMessage(), e);
        }
    }
}
