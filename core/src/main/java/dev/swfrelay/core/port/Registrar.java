package dev.swfrelay.core.port;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;

/**
 * Registers domains and types idempotently: registering what is already registered the
 * same way is fine. A type already registered with other defaults is not silently
 * accepted: it raises {@code TypeAlreadyExistsFault} naming the defaults that differ.
 */
public interface Registrar {

    /** @return true when the domain was created, false when it already existed */
    boolean registerDomain(RegisterDomainRequest request);

    /** @return true when the type was created, false when it already existed with these defaults */
    boolean registerWorkflowType(RegisterWorkflowTypeRequest request);

    /** @return true when the type was created, false when it already existed with these defaults */
    boolean registerActivityType(RegisterActivityTypeRequest request);
}
