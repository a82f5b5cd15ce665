package dev.swfrelay.emulator.engine.change;

import java.util.Objects;

/**
 * A registry operation succeeded at {@code at}: {@code request} is its request record (one of
 * core's Register/Deprecate/Undeprecate/Delete…, TagResource or UntagResource requests);
 * applying it again at the same time rebuilds domains, types and tags as they were.
 */
public record RegistryChanged(Object request, java.time.Instant at) implements Change {

    public RegistryChanged {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(at, "at");
    }
}
