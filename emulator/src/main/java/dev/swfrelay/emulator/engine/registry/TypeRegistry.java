package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.api.DeleteActivityTypeRequest;
import dev.swfrelay.core.api.DeleteWorkflowTypeRequest;
import dev.swfrelay.core.api.DeprecateActivityTypeRequest;
import dev.swfrelay.core.api.DeprecateWorkflowTypeRequest;
import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.DescribeWorkflowTypeRequest;
import dev.swfrelay.core.api.ListActivityTypesRequest;
import dev.swfrelay.core.api.ListWorkflowTypesRequest;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.UndeprecateActivityTypeRequest;
import dev.swfrelay.core.api.UndeprecateWorkflowTypeRequest;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ActivityTypeConfiguration;
import dev.swfrelay.core.model.ActivityTypeDetail;
import dev.swfrelay.core.model.ActivityTypeInfo;
import dev.swfrelay.core.model.ActivityTypeInfos;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.model.WorkflowTypeDetail;
import dev.swfrelay.core.model.WorkflowTypeInfo;
import dev.swfrelay.core.model.WorkflowTypeInfos;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Workflow and activity types: SWF's registration operations on each domain's catalogs. */
public final class TypeRegistry {

    private final DomainRegistry domains;
    private final TimeSource clock;
    private final EngineSettings settings;

    /** What a registration is stamped with: the engine's clock, or a recorded time when changes are folded back. */
    @FunctionalInterface
    public interface TimeSource {
        Instant now();
    }

    public TypeRegistry(DomainRegistry domains, VirtualClock clock, EngineSettings settings) {
        this(domains, clock::now, settings);
    }

    public TypeRegistry(DomainRegistry domains, TimeSource clock, EngineSettings settings) {
        this.domains = domains;
        this.clock = clock;
        this.settings = settings;
    }

    public void registerWorkflowType(RegisterWorkflowTypeRequest r) {
        Faults.required(r.name(), "name");
        Faults.required(r.version(), "version");
        WorkflowTypeConfiguration configuration = new WorkflowTypeConfiguration(r.defaultChildPolicy(),
                r.defaultExecutionStartToCloseTimeout(), r.defaultLambdaRole(), r.defaultTaskList(),
                priority(r.defaultTaskPriority()), r.defaultTaskStartToCloseTimeout());
        domains.registered(r.domain()).workflowTypes().register(r.name(), r.version(), r.description(),
                clock.now(), configuration, settings.limits().maxTypesPerDomain());
    }

    public void registerActivityType(RegisterActivityTypeRequest r) {
        Faults.required(r.name(), "name");
        Faults.required(r.version(), "version");
        ActivityTypeConfiguration configuration = new ActivityTypeConfiguration(r.defaultTaskHeartbeatTimeout(),
                r.defaultTaskList(), priority(r.defaultTaskPriority()), r.defaultTaskScheduleToCloseTimeout(),
                r.defaultTaskScheduleToStartTimeout(), r.defaultTaskStartToCloseTimeout());
        domains.registered(r.domain()).activityTypes().register(r.name(), r.version(), r.description(),
                clock.now(), configuration, settings.limits().maxTypesPerDomain());
    }

    public WorkflowTypeDetail describeWorkflowType(DescribeWorkflowTypeRequest r) {
        WorkflowType t = r.workflowType();
        RegisteredType<WorkflowTypeConfiguration> type = domains.get(r.domain()).workflowTypes().get(t.name(), t.version());
        return new WorkflowTypeDetail(type.configuration(), workflowInfo(type));
    }

    public ActivityTypeDetail describeActivityType(DescribeActivityTypeRequest r) {
        ActivityType t = r.activityType();
        RegisteredType<ActivityTypeConfiguration> type = domains.get(r.domain()).activityTypes().get(t.name(), t.version());
        return new ActivityTypeDetail(type.configuration(), activityInfo(type));
    }

    public WorkflowTypeInfos listWorkflowTypes(ListWorkflowTypesRequest r) {
        Faults.required(r.registrationStatus(), "registrationStatus");
        List<WorkflowTypeInfo> infos = new ArrayList<>();
        for (RegisteredType<WorkflowTypeConfiguration> type
                : domains.get(r.domain()).workflowTypes().list(r.registrationStatus(), r.name())) {
            infos.add(workflowInfo(type));
        }
        Pages.Page<WorkflowTypeInfo> page = page(infos, "workflowTypes", r.reverseOrder(), r.maximumPageSize(), r.nextPageToken());
        return new WorkflowTypeInfos(page.nextPageToken(), page.items());
    }

    public ActivityTypeInfos listActivityTypes(ListActivityTypesRequest r) {
        Faults.required(r.registrationStatus(), "registrationStatus");
        List<ActivityTypeInfo> infos = new ArrayList<>();
        for (RegisteredType<ActivityTypeConfiguration> type
                : domains.get(r.domain()).activityTypes().list(r.registrationStatus(), r.name())) {
            infos.add(activityInfo(type));
        }
        Pages.Page<ActivityTypeInfo> page = page(infos, "activityTypes", r.reverseOrder(), r.maximumPageSize(), r.nextPageToken());
        return new ActivityTypeInfos(page.nextPageToken(), page.items());
    }

    public void deprecateWorkflowType(DeprecateWorkflowTypeRequest r) {
        domains.get(r.domain()).workflowTypes().deprecate(r.workflowType().name(), r.workflowType().version(), clock.now());
    }

    public void deprecateActivityType(DeprecateActivityTypeRequest r) {
        domains.get(r.domain()).activityTypes().deprecate(r.activityType().name(), r.activityType().version(), clock.now());
    }

    /**
     * SWF deprecates all of a domain's types with the domain: no new runs or tasks of them,
     * while what already runs goes on. Undeprecating the domain leaves them deprecated.
     */
    public void deprecateAllIn(String domain) {
        Domain d = domains.get(domain);
        d.workflowTypes().deprecateAll(clock.now());
        d.activityTypes().deprecateAll(clock.now());
    }

    public void undeprecateWorkflowType(UndeprecateWorkflowTypeRequest r) {
        domains.get(r.domain()).workflowTypes().undeprecate(r.workflowType().name(), r.workflowType().version());
    }

    public void undeprecateActivityType(UndeprecateActivityTypeRequest r) {
        domains.get(r.domain()).activityTypes().undeprecate(r.activityType().name(), r.activityType().version());
    }

    public void deleteWorkflowType(DeleteWorkflowTypeRequest r) {
        domains.get(r.domain()).workflowTypes().delete(r.workflowType().name(), r.workflowType().version());
    }

    public void deleteActivityType(DeleteActivityTypeRequest r) {
        domains.get(r.domain()).activityTypes().delete(r.activityType().name(), r.activityType().version());
    }

    private <T> Pages.Page<T> page(List<T> infos, String list, Boolean reverse, Integer max, String token) {
        if (Boolean.TRUE.equals(reverse)) {
            Collections.reverse(infos);
        }
        return Pages.page(infos, list, max, token, settings.limits().maxPageSize());
    }

    /** SWF gives a type registered without a default task priority the priority "0". */
    private static String priority(String defaultTaskPriority) {
        return defaultTaskPriority != null ? defaultTaskPriority : "0";
    }

    private static WorkflowTypeInfo workflowInfo(RegisteredType<WorkflowTypeConfiguration> type) {
        return new WorkflowTypeInfo(type.creationDate(), type.deprecationDate(), type.description(), type.status(),
                new WorkflowType(type.name(), type.version()));
    }

    private static ActivityTypeInfo activityInfo(RegisteredType<ActivityTypeConfiguration> type) {
        return new ActivityTypeInfo(new ActivityType(type.name(), type.version()), type.creationDate(),
                type.deprecationDate(), type.description(), type.status());
    }
}
