package dev.swfrelay.cli.worker;

import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.Timeout;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long a worker lets a script run: {@code --timeout} when given, else the activity
 * type's default start-to-close timeout, read once per type. A polled task does not carry
 * its timeouts; when the decider scheduled it with another one, the heartbeat still finds
 * out that SWF timed the task out, and the script is stopped then.
 */
final class TaskTimeouts {

    private final SwfService service;
    private final String domain;
    private final Duration override;
    private final Map<ActivityType, Optional<Duration>> byType = new ConcurrentHashMap<>();

    TaskTimeouts(SwfService service, String domain, Duration override) {
        this.service = service;
        this.domain = domain;
        this.override = override;
    }

    /** @return the timeout for a task of {@code type}, null when there is none */
    Duration of(ActivityType type) {
        if (override != null) {
            return override;
        }
        return byType.computeIfAbsent(type, this::registered).orElse(null);
    }

    private Optional<Duration> registered(ActivityType type) {
        try {
            Timeout timeout = service.describeActivityType(new DescribeActivityTypeRequest(type, domain))
                    .configuration().defaultTaskStartToCloseTimeout();
            return timeout == null ? Optional.empty() : timeout.duration();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
