package dev.swfrelay.emulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.EventType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The close status a closed run is counted under: SWF's own, in lower case. */
class HistoryMetricsTest {

    @Test
    void everyClosingEventIsCountedUnderSwfsCloseStatusInLowerCase() {
        for (CloseStatus status : CloseStatus.values()) {
            // TIMED_OUT closes a run with WorkflowExecutionTimedOut, CONTINUED_AS_NEW with …ContinuedAsNew
            String camel = Arrays.stream(status.name().split("_"))
                    .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining());
            EventType closing = EventType.valueOf("WorkflowExecution" + camel);
            assertThat(HistoryMetrics.status(closing)).isEqualTo(status.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void anEventThatClosesNoRunHasNoCloseStatus() {
        assertThatThrownBy(() -> HistoryMetrics.status(EventType.ActivityTaskCompleted))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
