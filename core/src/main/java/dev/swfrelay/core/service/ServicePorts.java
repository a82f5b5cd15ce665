package dev.swfrelay.core.service;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.port.ActivityTaskSource;
import dev.swfrelay.core.port.DecisionTaskSource;
import dev.swfrelay.core.port.Registrar;
import dev.swfrelay.core.port.WorkflowClient;
import java.util.Objects;

/**
 * The four ports on any {@link SwfService}: the emulator's engine in-process, or the AWS
 * SDK against SWF or the emulator's server. One implementation serves every backend, so
 * the ports behave alike wherever they run.
 */
public final class ServicePorts {

    private final SwfService service;
    private final String domain;
    private final String identity;

    private ServicePorts(SwfService service, String domain, String identity) {
        this.service = Objects.requireNonNull(service, "service");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /** Ports on {@code service} for {@code domain}; pollers identify themselves as {@code identity}. */
    public static ServicePorts of(SwfService service, String domain, String identity) {
        return new ServicePorts(service, domain, identity);
    }

    public DecisionTaskSource decisionTasks() {
        return new ServiceDecisionTaskSource(service, domain, identity);
    }

    public ActivityTaskSource activityTasks() {
        return new ServiceActivityTaskSource(service, domain, identity);
    }

    public WorkflowClient workflows() {
        return new ServiceWorkflowClient(service);
    }

    public Registrar registrar() {
        return new ServiceRegistrar(service);
    }
}
