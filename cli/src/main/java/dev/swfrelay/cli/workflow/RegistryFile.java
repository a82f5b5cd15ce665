package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain list of domains and types to register (for {@code serve --init}), JSON or YAML:
 * <pre>{@code
 * {"domains": [{"name": "orders", "retentionDays": 7}],
 *  "workflowTypes": [{"domain": "orders", "workflowType": "fulfil:1", "taskList": "orders-decisions",
 *                     "executionStartToCloseTimeout": "1h", "taskStartToCloseTimeout": "30s"}],
 *  "activityTypes": [{"domain": "orders", "activityType": "charge:1", "taskList": "payments",
 *                     "startToCloseTimeout": "5m"}]}
 * }</pre>
 * Each list is optional, at least one is there; a default left out is not registered. Every
 * problem names the file, the field ({@code activityTypes[0].taskList}) and the rule.
 */
final class RegistryFile {

    static final Set<String> FIELDS = Set.of("domains", "workflowTypes", "activityTypes", "description");
    private static final Set<String> DOMAIN_FIELDS = Set.of("name", "retentionDays", "description");
    private static final Set<String> WORKFLOW_FIELDS = Set.of("domain", "workflowType", "taskList",
            "executionStartToCloseTimeout", "taskStartToCloseTimeout", "childPolicy", "description");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("domain", "activityType", "taskList",
            "scheduleToStartTimeout", "startToCloseTimeout", "scheduleToCloseTimeout", "heartbeatTimeout",
            "description");

    private RegistryFile() {
    }

    /** Whether the document is such a list rather than a workflow file: it has one of the three lists. */
    static boolean isRegistryList(Map<?, ?> document) {
        return document.containsKey("domains") || document.containsKey("workflowTypes")
                || document.containsKey("activityTypes");
    }

    static InitPlan read(Map<?, ?> document, String source) {
        FileFields file = new FileFields(source, "", document);
        file.allowOnly(FIELDS);
        try {
            return new InitPlan(
                    list(file, "domains").stream().map(d -> domain(d).build())
                            .map(r -> new InitPlan.Step<>(source, r)).toList(),
                    list(file, "workflowTypes").stream().map(RegistryFile::workflowType)
                            .map(r -> new InitPlan.Step<>(source, r)).toList(),
                    list(file, "activityTypes").stream().map(RegistryFile::activityType)
                            .map(r -> new InitPlan.Step<>(source, r)).toList());
        } catch (SwfFault invalid) {
            throw UserError.usage(source + ": " + invalid.getMessage());
        }
    }

    private static List<FileFields> list(FileFields file, String key) {
        return file.has(key) ? file.objects(key) : List.of();
    }

    private static RegisterDomainRequest.Builder domain(FileFields d) {
        d.allowOnly(DOMAIN_FIELDS);
        return RegisterDomainRequest.builder().name(d.string("name"))
                .workflowExecutionRetentionPeriodInDays(Integer.toString(retention(d)))
                .description(d.string("description", null));
    }

    private static int retention(FileFields d) {
        int days = d.integer("retentionDays", 1, 0);
        if (days > 90) {
            throw d.error(d.where("retentionDays") + " must be from 0 to 90 (SWF's limit), was " + days);
        }
        return days;
    }

    private static RegisterWorkflowTypeRequest workflowType(FileFields w) {
        w.allowOnly(WORKFLOW_FIELDS);
        TypeRef type = w.type("workflowType");
        return RegisterWorkflowTypeRequest.builder().domain(w.string("domain")).name(type.name()).version(type.version())
                .defaultTaskList(taskList(w))
                .defaultExecutionStartToCloseTimeout(w.timeout("executionStartToCloseTimeout", null))
                .defaultTaskStartToCloseTimeout(w.timeout("taskStartToCloseTimeout", null))
                .defaultChildPolicy(childPolicy(w))
                .description(w.string("description", null))
                .build();
    }

    private static RegisterActivityTypeRequest activityType(FileFields a) {
        a.allowOnly(ACTIVITY_FIELDS);
        TypeRef type = a.type("activityType");
        return RegisterActivityTypeRequest.builder().domain(a.string("domain")).name(type.name()).version(type.version())
                .defaultTaskList(taskList(a))
                .defaultTaskScheduleToStartTimeout(a.timeout("scheduleToStartTimeout", null))
                .defaultTaskStartToCloseTimeout(a.timeout("startToCloseTimeout", null))
                .defaultTaskScheduleToCloseTimeout(a.timeout("scheduleToCloseTimeout", null))
                .defaultTaskHeartbeatTimeout(a.timeout("heartbeatTimeout", null))
                .description(a.string("description", null))
                .build();
    }

    private static TaskList taskList(FileFields fields) {
        String name = fields.string("taskList", null);
        return name == null ? null : new TaskList(name);
    }

    private static ChildPolicy childPolicy(FileFields w) {
        String text = w.string("childPolicy", null);
        if (text == null) {
            return null;
        }
        try {
            return ChildPolicy.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw w.error(w.where("childPolicy") + " must be one of " + Arrays.toString(ChildPolicy.values())
                    + ", was '" + text + "'");
        }
    }
}
