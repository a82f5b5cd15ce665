package dev.swfrelay.emulator.http;

import java.util.Objects;

/** Whose state a request reads and changes: an account's, in one region. */
record Tenant(String accountId, String region) {

    Tenant {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }
}
