package dev.swfrelay.core.replay;

import java.util.Objects;

/** One attribute whose replayed value differs from the recorded one ({@code null}: absent). */
public record AttributeDifference(String attribute, Object expected, Object actual) {

    public AttributeDifference {
        Objects.requireNonNull(attribute, "AttributeDifference.attribute");
    }

    @Override
    public String toString() {
        return attribute + ": recorded " + DecisionText.value(expected) + ", decider returned " + DecisionText.value(actual);
    }
}
