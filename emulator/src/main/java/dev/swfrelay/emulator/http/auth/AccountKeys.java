package dev.swfrelay.emulator.http.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a guarded server lets in, by access key id. Read from a credentials file: one account
 * a line, {@code ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT_ID}, separated by whitespace or commas;
 * blank lines and lines starting with {@code #} are skipped. Several keys may share an account.
 */
public final class AccountKeys {

    private final Map<String, AccountKey> byKeyId;

    private AccountKeys(Map<String, AccountKey> byKeyId) {
        if (byKeyId.isEmpty()) {
            throw new IllegalArgumentException("a guarded server needs at least one account key");
        }
        this.byKeyId = Map.copyOf(byKeyId);
    }

    public static AccountKeys of(AccountKey... keys) {
        Map<String, AccountKey> byKeyId = new LinkedHashMap<>();
        for (AccountKey key : keys) {
            if (byKeyId.putIfAbsent(key.accessKeyId(), key) != null) {
                throw new IllegalArgumentException("access key id " + key.accessKeyId() + " is given twice");
            }
        }
        return new AccountKeys(byKeyId);
    }

    /**
     * The keys of {@code file}; {@link IllegalArgumentException} naming the file and the line
     * when a line is not a key, or a key id comes twice; {@link UncheckedIOException} when it cannot be read.
     */
    public static AccountKeys read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credentials file " + file + ": " + e.getMessage(), e);
        }
        Map<String, AccountKey> byKeyId = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            AccountKey key = parse(line, file, i + 1);
            if (byKeyId.putIfAbsent(key.accessKeyId(), key) != null) {
                throw badLine(file, i + 1, "access key id " + key.accessKeyId() + " is given twice");
            }
        }
        if (byKeyId.isEmpty()) {
            throw new IllegalArgumentException("credentials file " + file + " names no account key");
        }
        return new AccountKeys(byKeyId);
    }

    private static AccountKey parse(String line, Path file, int number) {
        String[] fields = Arrays.stream(line.split("[\\s,]+")).filter(f -> !f.isEmpty()).toArray(String[]::new);
        if (fields.length != 3) {
            throw badLine(file, number, "expected ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT_ID (whitespace or commas "
                    + "between them), found " + fields.length + " field" + (fields.length == 1 ? "" : "s"));
        }
        try {
            return new AccountKey(fields[0], fields[1], fields[2]);
        } catch (IllegalArgumentException invalid) {
            throw badLine(file, number, invalid.getMessage());
        }
    }

    private static IllegalArgumentException badLine(Path file, int number, String problem) {
        return new IllegalArgumentException("credentials file " + file + ", line " + number + ": " + problem);
    }

    /** The key with this access key id, if the server has it. */
    public Optional<AccountKey> find(String accessKeyId) {
        return Optional.ofNullable(byKeyId.get(accessKeyId));
    }

    public int size() {
        return byKeyId.size();
    }

    @Override
    public String toString() {
        return "AccountKeys" + byKeyId.values();
    }
}
