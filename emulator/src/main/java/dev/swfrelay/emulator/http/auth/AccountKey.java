package dev.swfrelay.emulator.http.auth;

import java.util.Objects;

/**
 * One account's key pair on a guarded server: the access key id a client's SigV4 scope names, its
 * secret, and the 12-digit account whose state the key's requests read and change.
 */
public record AccountKey(String accessKeyId, String secretAccessKey, String accountId) {

    public AccountKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(accountId, "accountId");
        if (!accessKeyId.matches("[A-Za-z0-9_+=.@-]{1,128}")) {
            throw new IllegalArgumentException("access key id '" + accessKeyId
                    + "' must be 1 to 128 letters, digits or _+=.@-");
        }
        if (secretAccessKey.isEmpty() || secretAccessKey.chars().anyMatch(c -> c <= ' ' || c == ',')) {
            throw new IllegalArgumentException("the secret access key of " + accessKeyId
                    + " must not be empty or contain spaces or commas");
        }
        if (!accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("account id '" + accountId + "' of " + accessKeyId + " must be 12 digits");
        }
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "AccountKey[" + accessKeyId + " -> " + accountId + "]";
    }
}
