package dev.swfrelay.testcontainers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips a container test class, saying why, where no Docker engine answers; registered before
 * {@code @Testcontainers} so no container is tried first. An engine that answers but lacks the
 * image is no reason to skip: {@link SwfRelayContainer#start()} fails, saying how to build it.
 */
final class DockerEngineAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        return ConditionEvaluationResult.disabled("no Docker engine answers (DOCKER_HOST or /var/run/docker.sock): "
                + "container tests skipped; scripts/docker-engine.sh installs and starts one, "
                + "scripts/docker-images.sh builds the image");
    }
}
