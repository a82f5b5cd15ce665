package dev.swfrelay.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.decision.Decision;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;

/** Every event, decision, request and answer of SWF's model survives core → SDK → core unchanged, without network. */
class SdkMappingTest {

    private static final String SDK_MODEL = "software.amazon.awssdk.services.swf.model.";

    private final SdkFields fields = new SdkFields();
    private final SdkWriter writer = new SdkWriter(fields);
    private final SdkReader reader = new SdkReader(fields);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeRoundTrips(EventType type) {
        HistoryEvent event = new HistoryEvent(12, Instant.ofEpochSecond(1_420_113_600L, 5_000_000),
                SampleRecords.full(type.attributesClass()));

        software.amazon.awssdk.services.swf.model.HistoryEvent sdk =
                writer.write(event, (SdkPojo) software.amazon.awssdk.services.swf.model.HistoryEvent.builder());

        assertThat(sdk.eventTypeAsString()).isEqualTo(type.name());
        assertThat(fields.require(sdk, type.attributesMember()).getValueOrDefault(sdk)).isNotNull();
        assertThat(reader.read(sdk, HistoryEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(DecisionType.class)
    void everyDecisionTypeRoundTrips(DecisionType type) {
        Decision decision = SampleRecords.full(type.attributesClass());

        software.amazon.awssdk.services.swf.model.Decision sdk =
                writer.write(decision, (SdkPojo) software.amazon.awssdk.services.swf.model.Decision.builder());

        assertThat(sdk.decisionTypeAsString()).isEqualTo(type.name());
        assertThat(reader.read(sdk, Decision.class)).isEqualTo(decision);
    }

    @ParameterizedTest
    @MethodSource("operations")
    void everyRequestRoundTrips(Method operation) throws Exception {
        Class<?> coreRequest = operation.getParameterTypes()[0];
        Object request = SampleRecords.full(coreRequest);

        Object sdk = writer.write(request, sdkBuilder(SDK_MODEL + coreRequest.getSimpleName()));

        assertThat(reader.read((SdkPojo) sdk, coreRequest)).isEqualTo(request);
    }

    @ParameterizedTest
    @MethodSource("operations")
    void everyAnswerRoundTrips(Method operation) throws Exception {
        Class<?> answer = answerType(operation);
        SdkPojo sdkResponse = sdkBuilder(SDK_MODEL + sdkResponseName(operation));
        if (answer == void.class) {
            assertThat(sdkResponse.sdkFields())
                    .as("%s answers nothing in core, so SWF's response must carry no member", operation.getName())
                    .isEmpty();
            return;
        }
        Object response = SampleRecords.full(answer);

        Object sdk = writer.write(response, sdkResponse);

        assertThat(reader.read((SdkPojo) sdk, answer)).isEqualTo(response);
    }

    private static String sdkResponseName(Method operation) {
        String request = operation.getParameterTypes()[0].getSimpleName();
        return request.substring(0, request.length() - "Request".length()) + "Response";
    }

    @org.junit.jupiter.api.Test
    void everyOperationOfSwfIsCovered() {
        assertThat(operations()).hasSize(39);
    }

    static Stream<Method> operations() {
        return Arrays.stream(SwfService.class.getMethods()).sorted((a, b) -> a.getName().compareTo(b.getName()));
    }

    private static Class<?> answerType(Method operation) {
        if (operation.getReturnType() == CompletableFuture.class) {
            return (Class<?>) ((java.lang.reflect.ParameterizedType) operation.getGenericReturnType())
                    .getActualTypeArguments()[0];
        }
        return operation.getReturnType();
    }

    private static SdkPojo sdkBuilder(String className) throws Exception {
        return (SdkPojo) Class.forName(className).getMethod("builder").invoke(null);
    }
}
