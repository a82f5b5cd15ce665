package dev.swfrelay.emulator.engine;

import java.util.Objects;

/** Whose state a request reads and changes: an account's, in one region (each has its own engine and journal records). */
public record Tenant(String accountId, String region) {

    public Tenant {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }
}
