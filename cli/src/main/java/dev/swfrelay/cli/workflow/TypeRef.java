package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.UserError;
import java.util.Objects;

/** A workflow or activity type as a workflow file names it: name and version. */
public record TypeRef(String name, String version) {

    public TypeRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /**
     * Reads {@code NAME[:VERSION]}; the version defaults to {@code defaultVersion}.
     *
     * @param what names the value in the error message
     */
    public static TypeRef parse(String text, String defaultVersion, String what) {
        if (text == null || text.isBlank()) {
            throw UserError.usage(what + ": empty type; write NAME or NAME:VERSION");
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return new TypeRef(text, defaultVersion);
        }
        String name = text.substring(0, colon);
        String version = text.substring(colon + 1);
        if (name.isEmpty() || version.isEmpty()) {
            throw UserError.usage(what + ": '" + text + "' is not NAME:VERSION");
        }
        return new TypeRef(name, version);
    }

    @Override
    public String toString() {
        return name + ":" + version;
    }
}
