package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.pipeline.InvalidStepGraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a workflow file, JSON (by a strict JSON parser) or YAML. Every problem becomes a {@link UserError} naming the file, the field and the rule,
 * including steps that cannot run together (a name used twice, an {@code after} naming no
 * step, a cycle, a step waiting for a cycle): such a file is refused before anything is
 * registered or decided.
 */
public final class WorkflowFile {

    private static final Set<String> WORKFLOW_FIELDS = Set.of("domain", "workflowType", "taskList",
            "executionStartToCloseTimeout", "taskStartToCloseTimeout", "steps", "description");
    private static final Set<String> STEP_FIELDS = Set.of("activityType", "taskList",
            "scheduleToStartTimeout", "startToCloseTimeout", "scheduleToCloseTimeout",
            "heartbeatTimeout", "retries", "retryDelay", "name", "after", "description");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private WorkflowFile() {
    }

    public static WorkflowDefinition read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw UserError.usage("workflow file " + file + " does not exist; pass an existing"
                    + " JSON or YAML file with --workflow (see examples/seed/workflow.json)");
        } catch (IOException e) {
            throw UserError.usage("cannot read workflow file " + file + ": " + e.getMessage());
        }
    }

    /** @param source names the text in error messages, usually the file's path */
    public static WorkflowDefinition parse(String text, String source) {
        return fromDocument(load(text, source), source);
    }

    /** The workflow a parsed document describes (see {@link #load}). */
    static WorkflowDefinition fromDocument(Object document, String source) {
        if (!(document instanceof Map<?, ?> map)) {
            throw UserError.usage(source + ": expected an object with domain, workflowType and steps");
        }
        try {
            WorkflowDefinition definition = definition(new FileFields(source, "", map));
            PipelineOf.workflow(definition);
            return definition;
        } catch (SwfFault | InvalidStepGraphException e) {
            throw UserError.usage(source + ": " + e.getMessage());
        }
    }

    /**
     * A {@code .json} file is read by a strict JSON parser (no trailing commas, no comments), whose errors
     * name the line and column. Any other text is YAML, except that one starting with {@code {} or
     * {@code [} that is neither valid JSON nor valid YAML is reported with the JSON parser's error.
     */
    static Object load(String text, String source) {
        String start = text.stripLeading();
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        if (json || start.startsWith("{") || start.startsWith("[")) {
            try {
                return JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                if (json || !validYaml(text)) {
                    JsonLocation at = e.getLocation();
                    String where = at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
                    throw UserError.usage(source + " is not valid JSON" + where + ": "
                            + e.getOriginalMessage().replaceAll("\\s+", " ").trim());
                }
            }
        }
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            String detail = e.getMessage().replaceAll("\\s+", " ").trim();
            throw UserError.usage(source + " is not valid YAML: " + detail);
        }
    }

    private static boolean validYaml(String text) {
        try {
            new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return true;
        } catch (YAMLException e) {
            return false;
        }
    }

    private static WorkflowDefinition definition(FileFields file) {
        file.allowOnly(WORKFLOW_FIELDS);
        TypeRef type = file.type("workflowType");
        List<StepDefinition> steps = file.objects("steps").stream().map(WorkflowFile::step).toList();
        return new WorkflowDefinition(
                file.string("domain"),
                type,
                file.string("taskList", type.name() + "-decisions"),
                file.timeout("executionStartToCloseTimeout", Timeout.ofSeconds(3600)),
                file.timeout("taskStartToCloseTimeout", Timeout.ofSeconds(30)),
                steps);
    }

    private static StepDefinition step(FileFields step) {
        step.allowOnly(STEP_FIELDS);
        TypeRef type = step.type("activityType");
        return new StepDefinition(
                step.string("name", type.name()),
                type,
                step.string("taskList"),
                step.timeout("scheduleToStartTimeout", Timeout.NONE),
                step.timeout("startToCloseTimeout", Timeout.ofSeconds(300)),
                step.timeout("scheduleToCloseTimeout", Timeout.NONE),
                step.timeout("heartbeatTimeout", Timeout.NONE),
                step.integer("retries", 0, 0),
                step.duration("retryDelay", Duration.ZERO),
                step.names("after"));
    }
}
