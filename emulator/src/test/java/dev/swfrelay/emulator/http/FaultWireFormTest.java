package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.http.auth.OpenAuthenticator;
import dev.swfrelay.emulator.http.auth.RegionalEmulators;
import dev.swfrelay.emulator.http.protocol.SwfDispatcher;
import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.emulator.http.routes.AdminRoutes;
import dev.swfrelay.emulator.http.routes.ConsoleRoutes;
import dev.swfrelay.emulator.http.transport.SwfHttpHandler;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.swfrelay.emulator.json.SwfJson;

/**
 * Every fault type's wire form, served through the real handler from a service that raises
 * it: HTTP 400 (500 for an internal failure, 503 for a temporary one), the fully qualified {@code __type}, the
 * message, and {@code x-amzn-ErrorType}.
 */
class FaultWireFormTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(FaultType.class)
    void everyFaultHasSwfsErrorShape(FaultType type) throws Exception {
        SwfService raising = (SwfService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SwfService.class}, (proxy, method, args) -> {
                    throw Faults.answered(type, "raised " + type, null);
                });
        ObjectMapper mapper = SwfJson.mapper();
        WireResponses responses = new WireResponses();
        try (VirtualClock clock = VirtualClock.systemTime();
             RegionalEmulators none = new RegionalEmulators(clock,
                     EngineSettings.builder().pollHold(Duration.ofSeconds(1)).build())) {
            EmbeddedChannel channel = new EmbeddedChannel(new SwfHttpHandler(
                    new SwfDispatcher(tenant -> raising), new OpenAuthenticator("123456789012", "us-east-1"),
                    new AdminRoutes(mapper, clock, none, new AtomicInteger()),
                    new ConsoleRoutes(mapper, responses, java.util.Optional.empty()), responses, new AtomicInteger()));
            FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                    Unpooled.copiedBuffer("{\"name\":\"d\"}", StandardCharsets.UTF_8));
            request.headers().set("X-Amz-Target", "SimpleWorkflowService.DescribeDomain");
            channel.writeInbound(request);
            FullHttpResponse response = channel.readOutbound();

            int expectedStatus = type == FaultType.InternalFailure ? 500 : type == FaultType.ServiceUnavailable ? 503 : 400;
            assertThat(response.status().code()).isEqualTo(expectedStatus);
            assertThat(response.headers().get("Content-Type")).isEqualTo("application/json");
            JsonNode body = json.readTree(response.content().toString(StandardCharsets.UTF_8));
            assertThat(body.get("__type").asText()).isEqualTo(type.wireType());
            if (type != FaultType.InternalFailure) {
                assertThat(body.get("message").asText()).isEqualTo("raised " + type);
                assertThat(response.headers().get("x-amzn-ErrorType")).isEqualTo(type.name());
            } else {
                assertThat(body.get("message").asText()).doesNotContain("raised").doesNotContain("at dev.");
            }
            response.release();
            channel.finishAndReleaseAll();
        }
    }
}
