package dev.swfrelay.core.service;

import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.DescribeWorkflowTypeRequest;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ActivityTypeConfiguration;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TypeKind;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.port.Registrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Idempotent registration on an {@link SwfService}. */
final class ServiceRegistrar implements Registrar {

    private final SwfService service;

    ServiceRegistrar(SwfService service) {
        this.service = service;
    }

    @Override
    public boolean registerDomain(RegisterDomainRequest request) {
        try {
            service.registerDomain(request);
            return true;
        } catch (SwfFault fault) {
            if (fault.type() == FaultType.DomainAlreadyExistsFault) {
                return false;
            }
            throw fault;
        }
    }

    @Override
    public boolean registerWorkflowType(RegisterWorkflowTypeRequest request) {
        try {
            service.registerWorkflowType(request);
            return true;
        } catch (SwfFault fault) {
            if (fault.type() != FaultType.TypeAlreadyExistsFault) {
                throw fault;
            }
        }
        WorkflowTypeConfiguration existing = service.describeWorkflowType(new DescribeWorkflowTypeRequest(
                request.domain(), new WorkflowType(request.name(), request.version()))).configuration();
        List<String> differences = new ArrayList<>();
        compare("defaultChildPolicy", request.defaultChildPolicy(), existing.defaultChildPolicy(), differences);
        compare("defaultExecutionStartToCloseTimeout", request.defaultExecutionStartToCloseTimeout(),
                existing.defaultExecutionStartToCloseTimeout(), differences);
        compare("defaultTaskList", request.defaultTaskList(), existing.defaultTaskList(), differences);
        compare("defaultTaskPriority", priorityOrDefault(request.defaultTaskPriority()), existing.defaultTaskPriority(), differences);
        compare("defaultTaskStartToCloseTimeout", request.defaultTaskStartToCloseTimeout(),
                existing.defaultTaskStartToCloseTimeout(), differences);
        compare("defaultLambdaRole", request.defaultLambdaRole(), existing.defaultLambdaRole(), differences);
        return alreadyRegistered(TypeKind.WorkflowType, request.name(), request.version(), differences);
    }

    @Override
    public boolean registerActivityType(RegisterActivityTypeRequest request) {
        try {
            service.registerActivityType(request);
            return true;
        } catch (SwfFault fault) {
            if (fault.type() != FaultType.TypeAlreadyExistsFault) {
                throw fault;
            }
        }
        ActivityTypeConfiguration existing = service.describeActivityType(new DescribeActivityTypeRequest(
                new ActivityType(request.name(), request.version()), request.domain())).configuration();
        List<String> differences = new ArrayList<>();
        compare("defaultTaskHeartbeatTimeout", request.defaultTaskHeartbeatTimeout(),
                existing.defaultTaskHeartbeatTimeout(), differences);
        compare("defaultTaskList", request.defaultTaskList(), existing.defaultTaskList(), differences);
        compare("defaultTaskPriority", priorityOrDefault(request.defaultTaskPriority()), existing.defaultTaskPriority(), differences);
        compare("defaultTaskScheduleToCloseTimeout", request.defaultTaskScheduleToCloseTimeout(),
                existing.defaultTaskScheduleToCloseTimeout(), differences);
        compare("defaultTaskScheduleToStartTimeout", request.defaultTaskScheduleToStartTimeout(),
                existing.defaultTaskScheduleToStartTimeout(), differences);
        compare("defaultTaskStartToCloseTimeout", request.defaultTaskStartToCloseTimeout(),
                existing.defaultTaskStartToCloseTimeout(), differences);
        return alreadyRegistered(TypeKind.ActivityType, request.name(), request.version(), differences);
    }

    /** SWF registers a type given no default priority with priority "0". */
    private static String priorityOrDefault(String priority) {
        return priority == null ? "0" : priority;
    }

    private static void compare(String name, Object wanted, Object registered, List<String> differences) {
        if (!Objects.equals(wanted, registered)) {
            differences.add(name + " is " + registered + ", not " + wanted);
        }
    }

    private static boolean alreadyRegistered(TypeKind kind, String name, String version, List<String> differences) {
        if (differences.isEmpty()) {
            return false;
        }
        throw Faults.typeAlreadyExists(kind, name, version)
                .withDetail("already registered with other defaults: " + String.join("; ", differences));
    }
}
