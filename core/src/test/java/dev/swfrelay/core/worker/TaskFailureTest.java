package dev.swfrelay.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskFailureTest {

    @Test
    void reasonAndDetailsAreTrimmedToSwfsLimits() {
        TaskFailure failure = TaskFailure.of(deep(3000, new IllegalArgumentException("m".repeat(1000))));

        assertThat(failure.reason()).hasSize(256).matches("m+");
        assertThat(failure.details()).hasSize(32_768).startsWith("java.lang.IllegalArgumentException: mmm");
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsClass() {
        assertThat(TaskFailure.of(new NullPointerException()).reason()).isEqualTo("java.lang.NullPointerException");
        assertThat(TaskFailure.of(new RuntimeException("  ")).reason()).isEqualTo("java.lang.RuntimeException");
    }

    @Test
    void trimmingDoesNotSplitASurrogatePair() {
        String text = "a".repeat(255) + "\uD83D\uDE00";

        assertThat(TaskFailure.trim(text, 256)).isEqualTo("a".repeat(255));
        assertThat(TaskFailure.trim("short", 256)).isEqualTo("short");
        assertThat(TaskFailure.trim(null, 256)).isNull();
    }

    private static RuntimeException deep(int depth, RuntimeException e) {
        if (depth == 0) {
            e.fillInStackTrace();
            return e;
        }
        return deep(depth - 1, e);
    }
}
