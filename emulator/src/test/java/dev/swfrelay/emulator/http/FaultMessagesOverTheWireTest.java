package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfException;

/**
 * Every fault whose words SWF fixes ({@link SwfFaultWording}), provoked over the wire through
 * the AWS SDK for Java v2 and through boto3, each asserted whole: the fault's code, the
 * client's modeled exception, and the message exactly, including several validation errors
 * named at once in the service model's order.
 */
@SwfEmulatorTest(pollHold = "PT2S")
class FaultMessagesOverTheWireTest {

    @Test
    void sdkV2RaisesTheModeledExceptionWithSwfsMessage(SwfClient swf) throws Exception {
        Map<String, SdkFaultScenario.Seen> seen = new SdkFaultScenario(swf).run();

        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(SwfFaultWording.CASES.keySet());
        for (var expected : SwfFaultWording.CASES.entrySet()) {
            SdkFaultScenario.Seen actual = seen.get(expected.getKey());
            assertThat(actual.code()).as(expected.getKey()).isEqualTo(expected.getValue().code());
            assertThat(actual.message()).as(expected.getKey()).isEqualTo(expected.getValue().message());
            assertThat(actual.exception()).as(expected.getKey()).isEqualTo(sdkException(expected.getValue().code()));
        }
    }

    @Test
    void boto3RaisesTheModeledExceptionWithSwfsMessage(URI endpoint, @TempDir Path dir) throws Exception {
        JsonNode seen = Boto3Script.run("/faults/boto3_faults.py", endpoint, dir);

        assertThat(seen.size()).isEqualTo(SwfFaultWording.CASES.size());
        for (var expected : SwfFaultWording.CASES.entrySet()) {
            JsonNode actual = seen.path(expected.getKey());
            assertThat(actual.path("code").asText()).as(expected.getKey()).isEqualTo(expected.getValue().code());
            assertThat(actual.path("message").asText()).as(expected.getKey()).isEqualTo(expected.getValue().message());
            assertThat(actual.path("modeled").asBoolean())
                    .as("%s raised as boto3's modeled exception", expected.getKey())
                    .isEqualTo(!expected.getValue().code().equals("ValidationException"));
        }
    }

    /** The SDK's modeled exception for a fault code; SWF's model has no ValidationException, so that is SwfException. */
    private static Class<?> sdkException(String code) throws ClassNotFoundException {
        if (code.equals("ValidationException")) {
            return SwfException.class;
        }
        return Class.forName(SwfException.class.getPackageName() + "." + code.replace("Fault", "Exception"));
    }
}
