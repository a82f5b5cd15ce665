package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.model.TypeKind;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.Faults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One domain's workflow types or activity types (by name and version), with SWF's rules for
 * registering, deprecating, undeprecating and deleting them. {@code kind} names the family
 * in messages ("workflow type", "activity type").
 */
public final class TypeCatalog<C> {

    private final TypeKind kind;
    private final Map<String, RegisteredType<C>> types = new ConcurrentHashMap<>();

    TypeCatalog(TypeKind kind) {
        this.kind = kind;
    }

    synchronized RegisteredType<C> register(String name, String version, String description,
                                            Instant now, C configuration, int limit) {
        String key = RegisteredType.key(name, version);
        RegisteredType<C> existing = types.get(key);
        if (existing != null) {
            throw Faults.typeAlreadyExists(kind, name, version).withDetail("already registered, " + existing.status());
        }
        if (types.size() >= limit) {
            throw Faults.limitExceeded(kind + "s in a domain", limit);
        }
        RegisteredType<C> type = new RegisteredType<>(name, version, description, now, configuration);
        types.put(key, type);
        return type;
    }

    /** The type, whatever its status; {@code UnknownResourceFault} when it does not exist. */
    public RegisteredType<C> get(String name, String version) {
        RegisteredType<C> type = find(name, version);
        if (type == null) {
            throw Faults.unknownType(kind, name, version);
        }
        return type;
    }

    public RegisteredType<C> find(String name, String version) {
        return types.get(RegisteredType.key(name, version));
    }

    synchronized void deprecate(String name, String version, Instant now) {
        RegisteredType<C> type = get(name, version);
        if (type.deprecated()) {
            throw Faults.typeDeprecated(kind, name, version).withDetail("already deprecated");
        }
        type.deprecate(now);
    }

    /** Deprecates every registered type, as deprecating their domain does on SWF. */
    synchronized void deprecateAll(Instant now) {
        for (RegisteredType<C> type : types.values()) {
            if (!type.deprecated()) {
                type.deprecate(now);
            }
        }
    }

    synchronized void undeprecate(String name, String version) {
        RegisteredType<C> type = get(name, version);
        if (!type.deprecated()) {
            throw Faults.typeAlreadyExists(kind, name, version).withDetail("registered, not deprecated");
        }
        type.undeprecate();
    }

    synchronized void delete(String name, String version) {
        RegisteredType<C> type = get(name, version);
        if (!type.deprecated()) {
            throw Faults.typeNotDeprecated(kind, name, version).withDetail("deprecate a type before deleting it");
        }
        types.remove(RegisteredType.key(name, version));
    }

    /** Types with {@code status}, optionally of one name, sorted by name then version. */
    List<RegisteredType<C>> list(RegistrationStatus status, String name) {
        List<RegisteredType<C>> result = new ArrayList<>();
        for (RegisteredType<C> type : types.values()) {
            if (type.status() == status && (name == null || type.name().equals(name))) {
                result.add(type);
            }
        }
        result.sort(Comparator.comparing((RegisteredType<C> t) -> t.name()).thenComparing(RegisteredType::version));
        return result;
    }

}
