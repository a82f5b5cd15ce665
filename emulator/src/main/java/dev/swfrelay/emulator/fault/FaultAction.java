package dev.swfrelay.emulator.fault;

import dev.swfrelay.core.model.FaultType;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** What a fired rule does to its call. */
public sealed interface FaultAction {

    /** The name of the action in a rule file and the admin API. */
    String kind();

    /** The action in a few words for the log: {@code fault UnknownResourceFault}, {@code error 503}, {@code latency PT2S}. */
    default String describe() {
        if (this instanceof Answer answer) {
            return "fault " + answer.type();
        }
        if (this instanceof ServerError error) {
            return "error " + error.status();
        }
        if (this instanceof Latency latency) {
            return "latency " + latency.delay();
        }
        return kind();
    }

    /** Answers SWF's fault {@code type} (its words from core's catalogue); nothing is applied. */
    record Answer(FaultType type) implements FaultAction {
        /** The faults a rule may answer with: those SWF answers for a request that was well-formed. */
        public static final Set<FaultType> SUPPORTED = Set.of(FaultType.UnknownResourceFault,
                FaultType.DomainAlreadyExistsFault, FaultType.DomainDeprecatedFault,
                FaultType.WorkflowExecutionAlreadyStartedFault, FaultType.ThrottlingException,
                FaultType.InternalFailure, FaultType.ServiceUnavailable);

        public Answer {
            Objects.requireNonNull(type, "type");
            if (!SUPPORTED.contains(type)) {
                throw new IllegalArgumentException("fault " + type + " cannot be injected; one of "
                        + SUPPORTED.stream().map(Enum::name).sorted().toList());
            }
        }

        @Override
        public String kind() {
            return "fault";
        }
    }

    /** Answers HTTP {@code status} (500, 502, 503 or 504); nothing is applied. */
    record ServerError(int status) implements FaultAction {
        public ServerError {
            if (status != 500 && status != 502 && status != 503 && status != 504) {
                throw new IllegalArgumentException("status must be 500, 502, 503 or 504, was " + status);
            }
        }

        @Override
        public String kind() {
            return "error";
        }
    }

    /** Applies the call and answers {@code delay} later (real time: transport time). */
    record Latency(Duration delay) implements FaultAction {
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative() || delay.isZero() || delay.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("latency must be more than 0 and at most 10 minutes, was " + delay);
            }
        }

        @Override
        public String kind() {
            return "latency";
        }
    }

    /** Applies the call, then loses its answer: the connection closes without one. */
    record LoseAnswer() implements FaultAction {
        @Override
        public String kind() {
            return "loseAnswer";
        }
    }

    /** Drops the request before it is applied: the connection closes without an answer. */
    record Drop() implements FaultAction {
        @Override
        public String kind() {
            return "drop";
        }
    }
}
