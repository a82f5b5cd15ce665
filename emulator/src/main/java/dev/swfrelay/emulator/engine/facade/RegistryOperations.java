package dev.swfrelay.emulator.engine.facade;

import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.registry.RegistryChanges;
import dev.swfrelay.emulator.engine.registry.TypeRegistry;
import dev.swfrelay.emulator.engine.run.ExecutionStarter;
import dev.swfrelay.emulator.engine.task.Priorities;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas.Api;
import dev.swfrelay.emulator.engine.throttle.Throttle;
import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;

/**
 * SWF's registry half of {@link SwfService}: domains, workflow and activity types, tags. Each
 * operation first takes a token of its API's bucket when throttling is on; a change is applied
 * (and told to the change log) by {@link RegistryChanges}, a read answered by the registries.
 * {@link SwfEngine} adds the runs and their tasks.
 */
abstract class RegistryOperations implements SwfService {

    protected final Throttle throttle;
    private final DomainRegistry domains;
    private final TypeRegistry types;
    private final RegistryChanges registry;

    RegistryOperations(Throttle throttle, DomainRegistry domains, RegistryChanges registry) {
        this.throttle = throttle;
        this.domains = domains;
        this.registry = registry;
        this.types = registry.types();
    }

    @Override
    public void deleteActivityType(DeleteActivityTypeRequest r) {
        throttle.admit(Api.DELETE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void deleteWorkflowType(DeleteWorkflowTypeRequest r) {
        throttle.admit(Api.DELETE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public void deprecateActivityType(DeprecateActivityTypeRequest r) {
        throttle.admit(Api.DEPRECATE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void deprecateDomain(DeprecateDomainRequest r) {
        throttle.admit(Api.DEPRECATE_DOMAIN);
        registry.change(r);
    }

    @Override
    public void deprecateWorkflowType(DeprecateWorkflowTypeRequest r) {
        throttle.admit(Api.DEPRECATE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public ActivityTypeDetail describeActivityType(DescribeActivityTypeRequest r) {
        throttle.admit(Api.DESCRIBE_ACTIVITY_TYPE);
        return types.describeActivityType(r);
    }

    @Override
    public DomainDetail describeDomain(DescribeDomainRequest r) {
        throttle.admit(Api.DESCRIBE_DOMAIN);
        return domains.describe(r);
    }

    @Override
    public WorkflowTypeDetail describeWorkflowType(DescribeWorkflowTypeRequest r) {
        throttle.admit(Api.DESCRIBE_WORKFLOW_TYPE);
        return types.describeWorkflowType(r);
    }

    @Override
    public ActivityTypeInfos listActivityTypes(ListActivityTypesRequest r) {
        throttle.admit(Api.LIST_ACTIVITY_TYPES);
        return types.listActivityTypes(r);
    }

    @Override
    public DomainInfos listDomains(ListDomainsRequest r) {
        throttle.admit(Api.LIST_DOMAINS);
        return domains.list(r);
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(ListTagsForResourceRequest r) {
        throttle.admit(Api.LIST_TAGS_FOR_RESOURCE);
        return domains.listTags(r);
    }

    @Override
    public WorkflowTypeInfos listWorkflowTypes(ListWorkflowTypesRequest r) {
        throttle.admit(Api.LIST_WORKFLOW_TYPES);
        return types.listWorkflowTypes(r);
    }

    @Override
    public void registerActivityType(RegisterActivityTypeRequest r) {
        throttle.admit(Api.REGISTER_ACTIVITY_TYPE);
        Priorities.parse(r.defaultTaskPriority(), "defaultTaskPriority");
        registry.change(r);
    }

    @Override
    public void registerDomain(RegisterDomainRequest r) {
        throttle.admit(Api.REGISTER_DOMAIN);
        registry.change(r);
    }

    @Override
    public void registerWorkflowType(RegisterWorkflowTypeRequest r) {
        throttle.admit(Api.REGISTER_WORKFLOW_TYPE);
        Priorities.parse(r.defaultTaskPriority(), "defaultTaskPriority");
        if (r.defaultExecutionStartToCloseTimeout() != null) {
            ExecutionStarter.checkExecutionTimeout(r.defaultExecutionStartToCloseTimeout(),
                    "defaultExecutionStartToCloseTimeout");
        }
        registry.change(r);
    }

    @Override
    public void tagResource(TagResourceRequest r) {
        throttle.admit(Api.TAG_RESOURCE);
        registry.change(r);
    }

    @Override
    public void undeprecateActivityType(UndeprecateActivityTypeRequest r) {
        throttle.admit(Api.UNDEPRECATE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void undeprecateDomain(UndeprecateDomainRequest r) {
        throttle.admit(Api.UNDEPRECATE_DOMAIN);
        registry.change(r);
    }

    @Override
    public void undeprecateWorkflowType(UndeprecateWorkflowTypeRequest r) {
        throttle.admit(Api.UNDEPRECATE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public void untagResource(UntagResourceRequest r) {
        throttle.admit(Api.UNTAG_RESOURCE);
        registry.change(r);
    }
}
