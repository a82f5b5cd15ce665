package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.model.RegistrationStatus;
import java.time.Instant;

/**
 * A workflow or activity type registered in a domain, with its default configuration
 * {@code C}. Status changes happen under the domain's type lock.
 */
public final class RegisteredType<C> {

    private final String name;
    private final String version;
    private final String description;
    private final Instant creationDate;
    private final C configuration;
    private volatile RegistrationStatus status = RegistrationStatus.REGISTERED;
    private volatile Instant deprecationDate;

    RegisteredType(String name, String version, String description, Instant creationDate, C configuration) {
        this.name = name;
        this.version = version;
        this.description = description;
        this.creationDate = creationDate;
        this.configuration = configuration;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String description() {
        return description;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public C configuration() {
        return configuration;
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean deprecated() {
        return status == RegistrationStatus.DEPRECATED;
    }

    public Instant deprecationDate() {
        return deprecationDate;
    }

    void deprecate(Instant at) {
        status = RegistrationStatus.DEPRECATED;
        deprecationDate = at;
    }

    void undeprecate() {
        status = RegistrationStatus.REGISTERED;
        deprecationDate = null;
    }

    static String key(String name, String version) {
        return name + '\u0000' + version;
    }
}
