package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.api.DeleteActivityTypeRequest;
import dev.swfrelay.core.api.DeleteWorkflowTypeRequest;
import dev.swfrelay.core.api.DeprecateActivityTypeRequest;
import dev.swfrelay.core.api.DeprecateDomainRequest;
import dev.swfrelay.core.api.DeprecateWorkflowTypeRequest;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.TagResourceRequest;
import dev.swfrelay.core.api.UndeprecateActivityTypeRequest;
import dev.swfrelay.core.api.UndeprecateDomainRequest;
import dev.swfrelay.core.api.UndeprecateWorkflowTypeRequest;
import dev.swfrelay.core.api.UntagResourceRequest;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Instant;

/**
 * The registry operations that change state, one at a time: each is applied at one instant
 * (the types it registers or deprecates are stamped with it) and, once it succeeded, told to the
 * change log with its request and that instant, so that {@link #replay} rebuilds the same registry.
 */
public final class RegistryChanges {

    private final DomainRegistry domains;
    private final TypeRegistry types;
    private final VirtualClock clock;
    private final ChangeLog changes;
    private Instant at;

    public RegistryChanges(DomainRegistry domains, VirtualClock clock, EngineSettings settings, ChangeLog changes) {
        this.domains = domains;
        this.clock = clock;
        this.changes = changes;
        this.types = new TypeRegistry(domains, this::now, settings);
    }

    public TypeRegistry types() {
        return types;
    }

    /** Applies {@code request} now; recorded only if it succeeds. */
    public synchronized void change(Object request) {
        Instant now = clock.now();
        applyAt(request, now);
        changes.record(new RegistryChanged(request, now));
    }

    /** Applies a recorded change again, at its recorded instant, without recording it. */
    public synchronized void replay(RegistryChanged change) {
        applyAt(change.request(), change.at());
    }

    private synchronized Instant now() {
        return at != null ? at : clock.now();
    }

    private void applyAt(Object request, Instant instant) {
        at = instant;
        try {
            apply(request);
        } finally {
            at = null;
        }
    }

    private void apply(Object request) {
        if (request instanceof RegisterDomainRequest r) {
            domains.register(r);
        } else if (request instanceof DeprecateDomainRequest r) {
            domains.deprecate(r);
            types.deprecateAllIn(r.name());
        } else if (request instanceof UndeprecateDomainRequest r) {
            domains.undeprecate(r);
        } else if (request instanceof TagResourceRequest r) {
            domains.tag(r);
        } else if (request instanceof UntagResourceRequest r) {
            domains.untag(r);
        } else if (request instanceof RegisterWorkflowTypeRequest r) {
            types.registerWorkflowType(r);
        } else if (request instanceof RegisterActivityTypeRequest r) {
            types.registerActivityType(r);
        } else if (request instanceof DeprecateWorkflowTypeRequest r) {
            types.deprecateWorkflowType(r);
        } else if (request instanceof DeprecateActivityTypeRequest r) {
            types.deprecateActivityType(r);
        } else if (request instanceof UndeprecateWorkflowTypeRequest r) {
            types.undeprecateWorkflowType(r);
        } else if (request instanceof UndeprecateActivityTypeRequest r) {
            types.undeprecateActivityType(r);
        } else if (request instanceof DeleteWorkflowTypeRequest r) {
            types.deleteWorkflowType(r);
        } else if (request instanceof DeleteActivityTypeRequest r) {
            types.deleteActivityType(r);
        } else {
            throw new IllegalArgumentException("not a registry change: " + request.getClass().getName());
        }
    }
}
