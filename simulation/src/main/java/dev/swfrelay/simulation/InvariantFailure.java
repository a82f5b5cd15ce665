package dev.swfrelay.simulation;

import java.util.Objects;

/** An invariant that did not hold for one run: which, for which run, and what was seen. */
public record InvariantFailure(String invariant, String workflowId, String message) {

    public InvariantFailure {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return invariant + " [" + workflowId + "]: " + message;
    }
}
