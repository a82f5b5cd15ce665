package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.model.TypeKind;
import dev.swfrelay.core.model.ActivityTypeConfiguration;
import dev.swfrelay.core.model.DomainInfo;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.ResourceTag;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A registered domain: its description, retention, status, tags and types. */
public final class Domain {

    private final String name;
    private final String arn;
    private final String description;
    private final String retentionDays;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final TypeCatalog<WorkflowTypeConfiguration> workflowTypes = new TypeCatalog<>(TypeKind.WorkflowType);
    private final TypeCatalog<ActivityTypeConfiguration> activityTypes = new TypeCatalog<>(TypeKind.ActivityType);
    private volatile RegistrationStatus status = RegistrationStatus.REGISTERED;

    Domain(String name, String arn, String description, String retentionDays) {
        this.name = name;
        this.arn = arn;
        this.description = description;
        this.retentionDays = retentionDays;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String retentionDays() {
        return retentionDays;
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean deprecated() {
        return status == RegistrationStatus.DEPRECATED;
    }

    void status(RegistrationStatus status) {
        this.status = status;
    }

    public TypeCatalog<WorkflowTypeConfiguration> workflowTypes() {
        return workflowTypes;
    }

    public TypeCatalog<ActivityTypeConfiguration> activityTypes() {
        return activityTypes;
    }

    public DomainInfo info() {
        return new DomainInfo(arn, description, name, status);
    }

    synchronized List<ResourceTag> tags() {
        List<ResourceTag> result = new ArrayList<>();
        tags.forEach((k, v) -> result.add(new ResourceTag(k, v)));
        return result;
    }

    /** Adds or replaces tags; returns false (changing nothing) when the result would exceed {@code max}. */
    synchronized boolean tag(List<ResourceTag> added, int max) {
        Map<String, String> next = new LinkedHashMap<>(tags);
        for (ResourceTag tag : added) {
            next.put(tag.key(), tag.value());
        }
        if (next.size() > max) {
            return false;
        }
        tags.clear();
        tags.putAll(next);
        return true;
    }

    synchronized void untag(List<String> keys) {
        keys.forEach(tags::remove);
    }
}
