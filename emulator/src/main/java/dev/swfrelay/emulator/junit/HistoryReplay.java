package dev.swfrelay.emulator.junit;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.replay.DeciderReplayer;
import dev.swfrelay.emulator.json.HistoryFiles;
import dev.swfrelay.emulator.json.SwfJson;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Replays every recorded history in a folder against a decider, one dynamic test per file,
 * named after it. A history is SWF's JSON: {@code aws swf get-workflow-execution-history}'s
 * output, a GetWorkflowExecutionHistory answer, or {@code swf-relay history --json}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> recordedHistoriesStillReplay() {
 *     return HistoryReplay.eachHistoryIn(Path.of("src/test/resources/histories"), myDecider);
 * }
 * }</pre>
 *
 * A test fails with the file, the diverging decision task's event ids and a diff of the
 * decisions ({@link dev.swfrelay.core.replay.ReplayDivergenceError}), or with the file and
 * JSON path of a problem in it ({@link dev.swfrelay.emulator.json.SwfJsonException}).
 */
public final class HistoryReplay {

    private HistoryReplay() {
    }

    public static Stream<DynamicTest> eachHistoryIn(Path folder, Decider decider) {
        return eachHistoryIn(folder, DeciderReplayer.of(decider));
    }

    /** With a configured replayer, e.g. {@code DeciderReplayer.of(decider).mode(ReplayMode.STRICT)}. */
    public static Stream<DynamicTest> eachHistoryIn(Path folder, DeciderReplayer replayer) {
        return HistoryFiles.in(List.of(folder)).stream().map(file -> DynamicTest.dynamicTest(
                "replays " + file.getFileName(), file.toUri(),
                () -> replayer.assertReplays(file.toString(), SwfJson.readHistory(file))));
    }
}
